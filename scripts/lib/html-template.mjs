// Fills the built index.html with one prerendered page and its head tags. Kept free of Vite so tests can call it.
import { absoluteUrl, hrefFor } from './site-config.mjs';

export const escapeHtml = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

const meta = (attr, key, content) => `<meta ${attr}="${key}" content="${escapeHtml(content)}" />`;
const link = (attrs) =>
  `<link ${Object.entries(attrs)
    .map(([k, v]) => `${k}="${escapeHtml(v)}"`)
    .join(' ')} />`;

export const SHARE_IMAGE = { path: '/og-image.jpg', width: 1200, height: 630 };

function headTags(page, config) {
  const { head, links } = page;
  const image = absoluteUrl(config, SHARE_IMAGE.path);
  const tags = [
    meta('name', 'description', head.description),
    link({ rel: 'manifest', href: hrefFor(config, '/manifest.webmanifest') }),
    link({ rel: 'apple-touch-icon', href: hrefFor(config, '/icon-192.png') }),
  ];
  if (links) {
    const url = absoluteUrl(config, links.canonical);
    tags.push(link({ rel: 'canonical', href: url }));
    for (const alt of links.alternates) {
      tags.push(link({ rel: 'alternate', hreflang: alt.hreflang, href: absoluteUrl(config, alt.path) }));
    }
    tags.push(
      meta('property', 'og:type', 'website'),
      meta('property', 'og:site_name', head.siteName),
      meta('property', 'og:title', head.title),
      meta('property', 'og:description', head.description),
      meta('property', 'og:url', url),
      meta('property', 'og:locale', head.ogLocale),
      ...head.ogLocaleAlternates.map((locale) => meta('property', 'og:locale:alternate', locale)),
      meta('property', 'og:image', image),
      meta('property', 'og:image:width', String(SHARE_IMAGE.width)),
      meta('property', 'og:image:height', String(SHARE_IMAGE.height)),
      meta('property', 'og:image:alt', head.imageAlt),
      meta('name', 'twitter:card', 'summary_large_image'),
      meta('name', 'twitter:title', head.title),
      meta('name', 'twitter:description', head.description),
      meta('name', 'twitter:image', image),
      meta('name', 'twitter:image:alt', head.imageAlt),
    );
  } else {
    tags.push(meta('name', 'robots', 'noindex'));
  }
  if (page.route.kind.startsWith('embed-')) {
    // Applies ?theme= before first paint (see public/embed-theme.js).
    tags.push(`<script src="${hrefFor(config, '/embed-theme.js')}"></script>`);
  }
  if (page.path === '/') {
    // Chooses a language before first paint (see public/lang-redirect.js); reads the hreflang="en" link.
    tags.push(`<script src="${hrefFor(config, '/lang-redirect.js')}"></script>`);
  }
  return tags.join('\n    ');
}

export function htmlFor(template, page, config) {
  const { head } = page;
  return template
    .replace(/<html lang="[^"]*">/, `<html lang="${escapeHtml(head.htmlLang)}">`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(head.title)}</title>`)
    .replace('<!--app-head-->', () => headTags(page, config))
    .replace(
      '<div id="root"><!--app-html--></div>',
      () => `<div id="root" data-route="${escapeHtml(page.routeKey)}">${page.html}</div>`,
    );
}
