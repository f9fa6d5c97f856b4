import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { UPSTREAM_LICENSE_FILE } from '@/features/error-codes';
import { errorCodeData, errorCodesSchema, loadErrorCodesUpstreamLicence } from '@/features/error-codes/build';
import { GATEWAY_UPSTREAM_LICENSE_FILE } from '@/features/gateway-codes';
import { loadGatewayCodesUpstreamLicence } from '@/features/gateway-codes/build';
import { statusCodeData, statusCodesSchema } from '@/features/status-codes/build';
import { App } from './app';
import { pageHead, type PageHead } from './head';
import { pageDocument } from './head-tags';
import { preloadRoute, uiTextsFor } from './preload-route';
import { routeKey } from './resolve-route';
import { siteConfig, type SiteConfig } from './site-config';
import { listPages, type SitePage } from './site-pages';
import { dataExport, robotsTxt, schemaExport, sitemapXml } from './site-files';

/*
 * The build's view of the site (scripts/build.mjs): every page of the route table prerendered into
 * the built index.html, and the files beside the pages. Returns files instead of writing them, so
 * the build script stays a thin loop.
 */

export interface SiteFile {
  /** Path inside the output folder. */
  file: string;
  content: string;
}

async function renderPage(page: SitePage, template: string, config: SiteConfig) {
  const data = await preloadRoute(page.route);
  const { prelude } = await prerender(
    <StrictMode>
      <App ssrPath={page.path ?? '/404'} route={page.route} />
    </StrictMode>,
    // React outlines a large finished boundary behind an inline script that reveals it; the pages
    // allow no inline scripts (strict CSP) and must read without JavaScript, so nothing is outlined.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  const html = await new Response(prelude).text();
  const head: PageHead = pageHead(await uiTextsFor(page.route), page.route, data, page.root);
  return { head, document: pageDocument(template, { head, routeKey: routeKey(page.route), html }, config) };
}

export async function renderSite(template: string, env: Record<string, string | undefined>) {
  const config = siteConfig(env, import.meta.env.BASE_URL);
  const files: SiteFile[] = [];
  const rendered: { path: string | null; head: PageHead }[] = [];
  for (const page of listPages()) {
    const { head, document } = await renderPage(page, template, config);
    files.push({ file: page.file, content: document });
    rendered.push({ path: page.path, head });
  }
  files.push(
    { file: 'sitemap.xml', content: sitemapXml(rendered, config) },
    { file: 'robots.txt', content: robotsTxt(config) },
    { file: 'status-codes.json', content: dataExport(statusCodeData, '/status-codes.schema.json', config) },
    { file: 'status-codes.schema.json', content: schemaExport(statusCodesSchema) },
    { file: 'error-codes.json', content: dataExport(errorCodeData, '/error-codes.schema.json', config) },
    { file: 'error-codes.schema.json', content: schemaExport(errorCodesSchema) },
    { file: UPSTREAM_LICENSE_FILE, content: await loadErrorCodesUpstreamLicence() },
    { file: GATEWAY_UPSTREAM_LICENSE_FILE, content: await loadGatewayCodesUpstreamLicence() },
  );
  return { config, files, pageCount: rendered.length };
}
