// @vitest-environment node
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BUDGETS,
  checkBudgets,
  checkFirstVisit,
  gzipSize,
  measureDist,
  staticImports,
  summarizeViolations,
  type FirstVisit,
} from './budgets';

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

/** Writes a fixture dist directory from a { path: content } map. */
function fixtureDist(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'budgets-'));
  dirs.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const page = (head: string, body = '<p>Hello</p>') =>
  `<!doctype html><html><head>${head}</head><body><div id="root">${body}</div></body></html>`;
/** Incompressible text: gzip cannot shrink random base64 below ~¾ of its length. */
const noise = (bytes: number) => `/*${randomBytes(bytes).toString('base64')}*/`;

const SITE = {
  'index.html': page(
    '<script src="/lang-redirect.js"></script><script type="module" crossorigin src="/assets/entry.js"></script>' +
      '<link rel="modulepreload" crossorigin href="/assets/vendor.js"><link rel="stylesheet" href="/assets/app.css">' +
      '<link rel="alternate" hreflang="en" href="/en/"><!-- <script src="/assets/commented-out.js"></script> -->',
  ),
  'en/codes/404/index.html': page('<script type="module" src="../../../assets/entry.js"></script>'),
  '404.html': page('<script type="module" src="/assets/entry.js"></script>'),
  'lang-redirect.js': 'location.replace("/en/")',
  'assets/entry.js':
    'import{a as r}from"./vendor.js";import"./shared.js";const l=()=>import("./lazy.js");r(l);console.log("import a from \'./nowhere.js\'")',
  'assets/vendor.js': 'export*from"./shared.js";export const a=f=>f;',
  'assets/shared.js': 'export const s=1;',
  'assets/lazy.js': noise(200_000),
  'assets/app.css': 'body{margin:0}',
};

describe('staticImports', () => {
  it('finds import and from specifiers in minified chunks, not dynamic import()', () => {
    const code =
      'import"./a.js";import{b as c}from"./b.js";export*from\'./c.js\';const d=()=>import("./d.js");Array.from("e")';
    expect(staticImports(code)).toEqual(['./a.js', './b.js', './c.js']);
  });
});

describe('measureDist', () => {
  it('counts the HTML’s scripts, preloads and stylesheets and their static imports, not lazy chunks', () => {
    const m = measureDist(fixtureDist(SITE));
    const index = m.pages.find((p) => p.page === 'index.html')!;
    expect(index.route).toBe('/');
    expect(index.isIndex).toBe(true);
    expect(index.js.map((a) => a.file)).toEqual([
      'lang-redirect.js',
      'assets/entry.js',
      'assets/vendor.js',
      'assets/shared.js',
    ]);
    expect(index.css.map((a) => a.file)).toEqual(['assets/app.css']);
    expect(index.totals.js).toBe(index.js.reduce((sum, a) => sum + gzipSize(SITE[a.file as keyof typeof SITE]), 0));
    expect(index.missing).toEqual([]);

    const detail = m.pages.find((p) => p.page === 'en/codes/404/index.html')!;
    expect(detail.route).toBe('/en/codes/404/');
    expect(detail.isIndex).toBe(false);
    expect(
      detail.js.map((a) => a.file),
      'relative URLs resolve from the page',
    ).toEqual(['assets/entry.js', 'assets/vendor.js', 'assets/shared.js']);
  });

  it('resolves URLs under a deploy base', () => {
    const m = measureDist(
      fixtureDist({
        'zh/index.html': page('<script type="module" src="/docs/assets/entry.js"></script>'),
        'assets/entry.js': 'import"./shared.js";',
        'assets/shared.js': 'export{}',
      }),
      { base: '/docs' },
    );
    expect(m.pages[0]?.route).toBe('/zh/');
    expect(m.pages[0]?.js.map((a) => a.file)).toEqual(['assets/entry.js', 'assets/shared.js']);
  });
});

describe('checkBudgets', () => {
  it('passes a site within budget', () => {
    expect(checkBudgets(measureDist(fixtureDist(SITE)))).toEqual([]);
  });

  it('fails with the measured figures when the JS loaded before the app is over budget', () => {
    const dist = fixtureDist({ ...SITE, 'assets/shared.js': noise(6_000) });
    const violations = checkBudgets(measureDist(dist));
    expect(violations.map((v) => v.page)).toEqual(['404.html', 'en/codes/404/index.html', 'index.html']);
    const index = violations.find((v) => v.page === 'index.html')!;
    expect(index.kind).toBe('js');
    expect(index.limit).toBe(BUDGETS.prePaintJs);
    expect(index.measured).toBeGreaterThan(BUDGETS.prePaintJs);
    expect(index.message).toMatch(
      /^index\.html: JS before the app starts \d\.\d kB gzip > 4\.0 kB budget \(.*assets\/shared\.js/,
    );
    expect(summarizeViolations(violations)).toHaveLength(2); // index.html also loads lang-redirect.js
  });

  it('fails when CSS is over budget, and holds only index pages to the HTML budget', () => {
    const big = noise(32_000);
    const dist = fixtureDist({
      ...SITE,
      'assets/app.css': noise(12_000),
      'index.html': SITE['index.html'].replace('<p>Hello</p>', big),
      'en/codes/404/index.html': SITE['en/codes/404/index.html'].replace('<p>Hello</p>', big),
    });
    const violations = checkBudgets(measureDist(dist), { ...BUDGETS, css: 10_000, indexHtml: 30_000 });
    expect(violations.map((v) => `${v.page} ${v.kind}`)).toEqual(['index.html css', 'index.html html']);
    expect(violations[1]?.message).toMatch(/index HTML 3\d\.\d kB gzip > 30\.0 kB budget/);
  });

  it('reports a script the HTML loads that is not in dist', () => {
    const dist = fixtureDist({ ...SITE, '404.html': page('<script type="module" src="/assets/gone.js"></script>') });
    expect(checkBudgets(measureDist(dist)).map((v) => v.message)).toEqual([
      `404.html: /assets/gone.js is not in ${dist}`,
    ]);
  });
});

describe('checkFirstVisit', () => {
  const visit = (path: string, js: number[], html = 2_000): FirstVisit => ({
    path,
    files: [
      { url: `http://x${path}`, type: 'html', gzip: html },
      { url: 'http://x/assets/app.css', type: 'css', gzip: 3_000 },
      ...js.map((gzip, i) => ({ url: `http://x/assets/chunk-${String(i)}.js`, type: 'js' as const, gzip })),
    ],
  });

  it('passes a first visit within budget', () => {
    expect(checkFirstVisit(visit('/en/codes/404', [60_000, 40_000]))).toEqual([]);
  });

  it('fails with every script named when a first visit downloads more JS than the budget', () => {
    const [only, ...rest] = checkFirstVisit(visit('/zh/', [70_000, 30_000, 10_500]));
    expect(rest).toEqual([]);
    expect(only?.kind).toBe('js');
    expect(only?.measured).toBe(110_500);
    expect(only?.message).toBe(
      '/zh/: JS of a first visit 110.5 kB gzip > 110.0 kB budget (chunk-0.js 70.0 kB, chunk-1.js 30.0 kB, chunk-2.js 10.5 kB)',
    );
  });

  it('holds only the index pages to the HTML budget', () => {
    expect(checkFirstVisit(visit('/en/', [1_000], 31_000)).map((v) => v.kind)).toEqual(['html']);
    expect(checkFirstVisit(visit('/en/codes/404', [1_000], 31_000))).toEqual([]);
  });
});
