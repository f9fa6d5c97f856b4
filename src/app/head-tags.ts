import { BOOT_SCRIPT } from './boot-script';
import type { PageHead } from './head';
import { absoluteUrl, hrefFor, type SiteConfig } from './site-config';

/* The prerendered page's <head>, from its PageHead: the one place head tags are written. */

export const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const meta = (attr: string, key: string, content: string) =>
  `<meta ${attr}="${key}" content="${escapeHtml(content)}" />`;
const link = (attrs: Record<string, string>) =>
  `<link ${Object.entries(attrs)
    .map(([k, v]) => `${k}="${escapeHtml(v)}"`)
    .join(' ')} />`;

export const SHARE_IMAGE = { path: '/og-image.jpg', width: 1200, height: 630 };

export function headTags(head: PageHead, config: SiteConfig): string {
  const image = absoluteUrl(config, SHARE_IMAGE.path);
  const tags = [
    meta('name', 'description', head.description),
    link({ rel: 'apple-touch-icon', href: hrefFor(config, '/icon-192.png') }),
  ];
  if (head.links) {
    const url = absoluteUrl(config, head.links.canonical);
    tags.push(link({ rel: 'canonical', href: url }));
    for (const alt of head.links.alternates) {
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
  for (const script of head.scripts) tags.push(`<script src="${hrefFor(config, script)}"></script>`);
  return tags.join('\n    ');
}

/** The module script Vite writes into the built index.html for the app's entry. */
const ENTRY_SCRIPT = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/;

/**
 * The built index.html filled with one prerendered page: its language, title, head tags and markup.
 * The app's entry leaves the head (the browser would fetch it at once, beside the stylesheet) for
 * #root's data-entry, which the boot script loads after the first paint.
 */
export function pageDocument(
  template: string,
  page: { head: PageHead; routeKey: string; html: string },
  config: SiteConfig,
) {
  const { head } = page;
  const entry = ENTRY_SCRIPT.exec(template)?.[1];
  if (!entry) throw new Error('The built index.html has no module entry script');
  return template
    .replace(ENTRY_SCRIPT, '')
    .replace(/<html lang="[^"]*">/, `<html lang="${escapeHtml(head.htmlLang)}">`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(head.title)}</title>`)
    .replace('<!--app-head-->', () => headTags(head, config))
    .replace(
      '<div id="root"><!--app-html--></div>',
      () =>
        `<div id="root" data-route="${escapeHtml(page.routeKey)}" data-entry="${escapeHtml(entry)}">${page.html}</div>` +
        `<script>${BOOT_SCRIPT}</script>`,
    );
}
