#!/usr/bin/env node
// Production build: client bundle, then every route prerendered to static HTML from the SSR bundle,
// plus sitemap, robots.txt and the JSON export. Settings: BASE_PATH, SITE_URL (see README).
// `--out-dir DIR` builds elsewhere than dist/ (the tests build a sub-path variant beside it).
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
// Vite warns that this config would need changes for its future native config loader; nothing to act on yet.
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
const { build } = await import('vite');

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { 'out-dir': { type: 'string', default: 'dist' } } });
const outDir = resolve(root, values['out-dir']);
const ssrDir = `${outDir}-ssr`;

// BASE_PATH is read by vite.config.ts, so the client, the server entry and the dev server agree.
await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
await build({
  root,
  logLevel: 'warn',
  build: { ssr: 'src/app/entry-server.tsx', outDir: ssrDir, emptyOutDir: true, copyPublicDir: false },
});

const template = await readFile(join(outDir, 'index.html'), 'utf8');
const server = await import(pathToFileURL(join(ssrDir, 'entry-server.js')).href);

const { config, files, pageCount } = await server.renderSite(template, process.env);
for (const { file, content } of files) {
  const path = join(outDir, file);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
}
await rm(ssrDir, { recursive: true, force: true });

console.log(`Prerendered ${pageCount} pages into ${outDir} (base ${config.base}, site ${config.siteUrl})`);
if (config.siteUrlIsDefault) console.log('Note: SITE_URL is not set; absolute URLs point at the local preview.');
