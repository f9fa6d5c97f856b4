// Fills the built index.html with one prerendered page. Kept free of Vite so tests can call it.

const escapeHtml = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** Extra head tags: the root path decides between languages before first paint (see public/lang-redirect.js). */
function headTags(page, base) {
  const tags = [`<meta name="description" content="${escapeHtml(page.head.description)}" />`];
  if (page.path === '/') {
    tags.push(`<link rel="alternate" hreflang="en" href="${base}en/" />`);
    tags.push(`<script src="${base}lang-redirect.js"></script>`);
  }
  return tags.join('\n    ');
}

export function htmlFor(template, page, base) {
  const { head } = page;
  return template
    .replace(/<html lang="[^"]*">/, `<html lang="${escapeHtml(head.htmlLang)}">`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(head.title)}</title>`)
    .replace('<!--app-head-->', headTags(page, base))
    .replace(
      '<div id="root"><!--app-html--></div>',
      () => `<div id="root" data-route="${escapeHtml(page.routeKey)}">${page.html}</div>`,
    );
}
