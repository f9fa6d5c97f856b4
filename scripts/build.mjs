#!/usr/bin/env node
// Production build: client bundle, then every route prerendered to static HTML from the SSR bundle.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { htmlFor } from './lib/html-template.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'dist');
const ssrDir = join(root, 'dist-ssr');

await build({ root, logLevel: 'warn' });
await build({
  root,
  logLevel: 'warn',
  build: { ssr: 'src/app/entry-server.tsx', outDir: ssrDir, emptyOutDir: true, copyPublicDir: false },
});

const template = await readFile(join(outDir, 'index.html'), 'utf8');
const server = await import(pathToFileURL(join(ssrDir, 'entry-server.js')).href);
const base = process.env.BASE_PATH ?? '/';

/** `/zh/codes/404` → dist/zh/codes/404/index.html: every static host serves it without rewrite rules. */
const fileFor = (path) => (path === null ? join(outDir, '404.html') : join(outDir, path, 'index.html'));

let count = 0;
for (const path of [...server.listPaths(), null]) {
  const page = await server.renderPage(path);
  const file = fileFor(path);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, htmlFor(template, page, base));
  count += 1;
}
await rm(ssrDir, { recursive: true, force: true });
console.log(`Prerendered ${count} pages into ${outDir}`);
