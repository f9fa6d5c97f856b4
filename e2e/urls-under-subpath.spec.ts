import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import hosting from './hosting-config.json' with { type: 'json' };
import { expect, test } from './fixtures';
import { sitePages } from './lib/site-pages';

/*
 * Every same-origin URL in every file of the sub-path build must stay under the base: a link that
 * leaves it lands on a 404 outside the site for readers without JavaScript, in a new tab or from a
 * copied link. Reads the files themselves (the subpath project runs after the build), so nothing a
 * script rescues at run time hides a wrong URL.
 */

const { dir, base, siteUrl } = hosting.subpath;
const site = new URL(siteUrl);

type Node = DefaultTreeAdapterMap['node'];

/** Where each file is served: a page at its own path; 404.html for any path, so a deep one. */
const pageUrls = new Map(sitePages.map((page) => [page.file, page.path]));
function servedAt(file: string): URL {
  const path = pageUrls.get(file);
  if (path) return new URL(path.slice(1), site);
  if (file === '404.html') return new URL('x/y/z', site);
  return new URL(file, site);
}

function filesIn(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? filesIn(path) : [relative(dir, path).split(sep).join('/')];
  });
}

/** Attributes that hold a URL, and `content` of meta tags when it is one (og:url, og:image, …). */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'data', 'cite', 'xlink:href']);
const looksLikeUrl = (value: string) => /^(?:https?:)?\/\//i.test(value) || value.startsWith('/');

function htmlReferences(html: string): string[] {
  const found: string[] = [];
  const visit = (node: Node) => {
    if ('attrs' in node) {
      for (const { name, value } of node.attrs) {
        if (URL_ATTRIBUTES.has(name)) found.push(value);
        else if (name === 'srcset' || name === 'imagesrcset')
          found.push(...value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? ''));
        else if (name === 'content' && node.nodeName === 'meta' && looksLikeUrl(value)) found.push(value);
      }
    }
    if ('content' in node && node.content) visit(node.content as Node); // <template>
    if ('childNodes' in node) for (const child of node.childNodes) visit(child);
  };
  visit(parse(html) as Node);
  return found;
}

/**
 * Absolute URLs on the site's own origin (or a local preview) written anywhere in a text file. A bare
 * origin names a site, not a page (the Embed page's example policy allows the portal's origin).
 */
const absoluteReferences = (text: string) =>
  [...text.matchAll(/https?:\/\/[^\s"'<>)\\;]+/g)]
    .map((m) => m[0])
    .filter((url) => /^https?:\/\/[^/]+\//.test(url))
    .filter((url) => {
      const { origin, hostname } = new URL(url);
      return origin === site.origin || hostname === 'localhost' || hostname === '127.0.0.1';
    });

function manifestReferences(json: string): string[] {
  const manifest = JSON.parse(json) as {
    start_url?: string;
    scope?: string;
    icons?: { src: string }[];
    shortcuts?: { url: string }[];
  };
  return [
    manifest.start_url ?? '',
    manifest.scope ?? '',
    ...(manifest.icons ?? []).map((icon) => icon.src),
    ...(manifest.shortcuts ?? []).map((shortcut) => shortcut.url),
  ].filter(Boolean);
}

const cssReferences = (css: string) =>
  [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((m) => m[2]!).filter((url) => !url.startsWith('data:'));

function referencesOf(file: string, text: string): string[] {
  switch (extname(file)) {
    case '.html':
      return [...htmlReferences(text), ...absoluteReferences(text)];
    case '.css':
      return cssReferences(text);
    case '.webmanifest':
      return [...manifestReferences(text), ...absoluteReferences(text)];
    case '.js':
    case '.json':
    case '.xml':
    case '.txt':
      return absoluteReferences(text);
    default:
      return [];
  }
}

/** A reference that leaves the base on the site's own origin (or points at a local preview), or null. */
function outsideBase(reference: string, at: URL): string | null {
  if (reference === '' || /^(?:#|data:|mailto:|tel:)/i.test(reference)) return null;
  const url = new URL(reference, at);
  if (url.hostname === 'localhost' || url.hostname === '127.0.0.1') return `${reference} (a local preview)`;
  if (url.origin !== site.origin) return null;
  return url.pathname.startsWith(base) ? null : `${reference} → ${url.pathname}`;
}

test('every same-origin URL in every file of the sub-path build carries the base path', () => {
  const files = filesIn(dir);
  const problems: string[] = [];
  let checked = 0;
  for (const file of files) {
    if (!/\.(?:html|css|js|json|xml|txt|webmanifest)$/.test(file)) continue;
    const at = servedAt(file);
    for (const reference of referencesOf(file, readFileSync(join(dir, file), 'utf8'))) {
      checked += 1;
      const problem = outsideBase(reference, at);
      if (problem) problems.push(`${file}: ${problem}`);
    }
  }
  expect(files.length, 'files in the sub-path build').toBeGreaterThan(400);
  expect(checked, 'URLs checked').toBeGreaterThan(10_000);
  // The count and the first few: a bug repeated on every page would otherwise print hundreds of lines.
  expect(problems.slice(0, 40), `${String(problems.length)} URLs outside ${base}`).toEqual([]);
});

test('the embed loader under the sub-path frames pages under it', async ({ page }) => {
  await page.goto('en/');
  await page.evaluate((script) => {
    const placeholder = document.createElement('div');
    placeholder.setAttribute('data-vpc-status-codes', '');
    placeholder.setAttribute('data-lang', 'en');
    placeholder.setAttribute('data-code', '409');
    document.body.append(placeholder);
    const loader = document.createElement('script');
    loader.src = script;
    document.body.append(loader);
  }, `${base}embed.js`);
  const frame = page.locator('[data-vpc-status-codes] iframe');
  await expect(frame).toHaveAttribute('src', `${new URL(page.url()).origin}${base}en/embed/codes/409`);
  await frame.scrollIntoViewIfNeeded();
  await expect(frame.contentFrame().getByRole('heading', { level: 1 })).toHaveText('409 Conflict');
});
