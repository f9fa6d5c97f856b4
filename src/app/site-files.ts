import { escapeHtml } from './head-tags';
import type { PageHead } from './head';
import { absoluteUrl, type SiteConfig } from './site-config';

/* The files beside the pages: sitemap, robots.txt and the JSON exports of the data modules. */

/** One <url> per language version of every indexed page, each with all its alternates. */
export function sitemapXml(pages: { path: string | null; head: PageHead }[], config: SiteConfig): string {
  const urls = pages.flatMap(({ path, head }) => {
    if (!head.links || path !== head.links.canonical) return [];
    const alternates = head.links.alternates.map(
      (alt) =>
        `    <xhtml:link rel="alternate" hreflang="${alt.hreflang}" href="${escapeHtml(absoluteUrl(config, alt.path))}"/>`,
    );
    return [
      [`  <url>`, `    <loc>${escapeHtml(absoluteUrl(config, path))}</loc>`, ...alternates, `  </url>`].join('\n'),
    ];
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

export const robotsTxt = (config: SiteConfig) =>
  `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(config, '/sitemap.xml')}\n`;

/** A data module as published: what the site renders, plus a pointer to its JSON Schema. */
export const dataExport = (data: object, schemaPath: string, config: SiteConfig) =>
  `${JSON.stringify({ $schema: absoluteUrl(config, schemaPath), ...data }, null, 2)}\n`;

export const schemaExport = (schema: object) => `${JSON.stringify(schema, null, 2)}\n`;
