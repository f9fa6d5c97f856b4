// The files beside the pages: sitemap, robots.txt and the JSON export of the data module.
import { absoluteUrl } from './site-config.mjs';
import { escapeHtml } from './html-template.mjs';

/** One <url> per language version of every indexable page, each with all its alternates. */
export function sitemapXml(pages, config) {
  const urls = pages
    .filter((page) => page.links && page.path === page.links.canonical)
    .map((page) => {
      const alternates = page.links.alternates.map(
        (alt) =>
          `    <xhtml:link rel="alternate" hreflang="${alt.hreflang}" href="${escapeHtml(absoluteUrl(config, alt.path))}"/>`,
      );
      return [
        `  <url>`,
        `    <loc>${escapeHtml(absoluteUrl(config, page.path))}</loc>`,
        ...alternates,
        `  </url>`,
      ].join('\n');
    });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

export const robotsTxt = (config) => `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(config, '/sitemap.xml')}\n`;

/** The data module as published: what the site renders, plus a pointer to its JSON Schema. */
export const dataExport = (data, config) =>
  `${JSON.stringify({ $schema: absoluteUrl(config, '/status-codes.schema.json'), ...data }, null, 2)}\n`;
