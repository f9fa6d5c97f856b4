#!/usr/bin/env node
// Production build: client bundle, then every route prerendered to static HTML from the SSR bundle,
// plus sitemap, robots.txt and the JSON export. Settings: BASE_PATH, SITE_URL (see README).
// `--out-dir DIR` builds elsewhere than dist/ (the tests build a sub-path variant beside it).
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
// Vite warns that this config would need changes for its future native config loader; nothing to act on yet.
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
const { build } = await import('vite');
import { htmlFor } from './lib/html-template.mjs';
import { siteConfig } from './lib/site-config.mjs';
import { dataExport, robotsTxt, sitemapXml } from './lib/site-files.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { 'out-dir': { type: 'string', default: 'dist' } } });
const outDir = resolve(root, values['out-dir']);
const ssrDir = `${outDir}-ssr`;
const config = siteConfig();

await build({ root, logLevel: 'warn', base: config.base, build: { outDir, emptyOutDir: true } });
await build({
  root,
  logLevel: 'warn',
  base: config.base,
  build: { ssr: 'src/app/entry-server.tsx', outDir: ssrDir, emptyOutDir: true, copyPublicDir: false },
});

const template = await readFile(join(outDir, 'index.html'), 'utf8');
const server = await import(pathToFileURL(join(ssrDir, 'entry-server.js')).href);

/** `/zh/codes/404` → zh/codes/404/index.html: every static host serves it without rewrite rules. */
const fileFor = (path) => (path === null ? join(outDir, '404.html') : join(outDir, path, 'index.html'));

const pages = [];
for (const path of [...server.listPaths(), null]) {
  const page = await server.renderPage(path);
  const file = fileFor(path);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, htmlFor(template, page, config));
  pages.push(page);
}

await writeFile(join(outDir, 'sitemap.xml'), sitemapXml(pages, config));
await writeFile(join(outDir, 'robots.txt'), robotsTxt(config));
await writeFile(join(outDir, 'status-codes.json'), dataExport(server.statusCodeData, config));
await copyFile(
  join(root, 'src/features/status-codes/data/status-codes.schema.json'),
  join(outDir, 'status-codes.schema.json'),
);
await rm(ssrDir, { recursive: true, force: true });

console.log(`Prerendered ${pages.length} pages into ${outDir} (base ${config.base}, site ${config.siteUrl})`);
if (config.siteUrlIsDefault) console.log('Note: SITE_URL is not set; absolute URLs point at the local preview.');
