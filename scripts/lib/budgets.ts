// Size budgets of the built site. Two views of one set of budgets:
// - static (measureDist/checkBudgets, from the files in dist/, no browser): each page's HTML, its CSS,
//   and the JavaScript its HTML makes the browser fetch before the app starts (<script src>,
//   module preloads and their static imports). Deterministic, so `npm test` runs it on every build.
// - in a browser (checkFirstVisit, fed by e2e/budgets.spec.ts): every script a first visit downloads.
//   The app starts through dynamic imports chosen at run time (the page's route, data and language),
//   which no static reading of the HTML can follow; the browser sees exactly what loads.
// Units: gzip bytes at zlib's default level 6 (what `gzip` and servers compressing on the fly send).
// 1 kB = 1000 bytes.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { normalizeBase } from '../../src/lib/base-path';

export const KB = 1000;
export const GZIP_LEVEL = 6;

export interface Budgets {
  /** All JavaScript a first visit of one page downloads (measured in a browser). */
  firstVisitJs: number;
  /** JavaScript the HTML itself loads before the app starts: it competes with the first paint. */
  prePaintJs: number;
  css: number;
  /** HTML of the index pages ("/", "/zh/", "/en/"), which hold both tables. */
  indexHtml: number;
}

export const BUDGETS: Budgets = { firstVisitJs: 110 * KB, prePaintJs: 4 * KB, css: 15 * KB, indexHtml: 30 * KB };

export const gzipSize = (data: string | Uint8Array) => gzipSync(data, { level: GZIP_LEVEL }).length;
export const formatKb = (bytes: number) => `${(bytes / KB).toFixed(1)} kB`;

/** "/", "/zh/", "/en/": the root and one language segment. */
export const isIndexRoute = (route: string) => /^\/(?:[a-z]{2}(?:-[a-z0-9]+)?\/)?$/i.test(route);

/** "index.html" → "/", "zh/index.html" → "/zh/", "en/codes/404/index.html" → "/en/codes/404/", "404.html" → "/404.html". */
export const routeOf = (page: string) => `/${page.replace(/(^|\/)index\.html$/, '$1')}`;

export interface AssetSize {
  /** Path inside the dist directory, with forward slashes. */
  file: string;
  bytes: number;
  gzip: number;
}

export interface PageMeasurement {
  page: string;
  route: string;
  isIndex: boolean;
  html: AssetSize;
  /** Scripts the HTML loads before the app starts, with their static imports. */
  js: AssetSize[];
  css: AssetSize[];
  /** Script and stylesheet URLs in the HTML that are not files in dist. */
  missing: string[];
  totals: { html: number; js: number; css: number };
}

export interface DistMeasurement {
  distDir: string;
  base: string;
  gzipLevel: number;
  pages: PageMeasurement[];
}

export interface BudgetViolation {
  page: string;
  kind: 'js' | 'css' | 'html' | 'missing';
  measured: number;
  limit: number;
  /** What is wrong, with the measured figures, e.g. "CSS 15.7 kB gzip > 15.0 kB budget (…)". */
  problem: string;
  /** `${page}: ${problem}` */
  message: string;
}

function htmlFiles(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return htmlFiles(path, root);
      return entry.name.endsWith('.html') ? [relative(root, path).split(sep).join('/')] : [];
    })
    .sort();
}

const attributes = (tag: string): Record<string, string> =>
  Object.fromEntries(
    [...tag.matchAll(/([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)].map((m) => [
      m[1]!.toLowerCase(),
      m[2] ?? m[3] ?? m[4] ?? '',
    ]),
  );

/** The script and stylesheet URLs an HTML document loads up front, in document order. */
export function htmlAssetRefs(html: string): { js: string[]; css: string[] } {
  const refs = { js: [] as string[], css: [] as string[] };
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  for (const [tag, name] of withoutComments.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const a = attributes(tag.slice(name!.length + 1));
    if (name!.toLowerCase() === 'script') {
      const type = (a.type ?? '').toLowerCase();
      if (a.src && ['', 'module', 'text/javascript', 'application/javascript'].includes(type)) refs.js.push(a.src);
      continue;
    }
    const rel = (a.rel ?? '').toLowerCase().split(/\s+/);
    if (!a.href || rel.includes('alternate')) continue;
    if (rel.includes('modulepreload') || (rel.includes('preload') && a.as === 'script')) refs.js.push(a.href);
    if (rel.includes('stylesheet') || (rel.includes('preload') && a.as === 'style')) refs.css.push(a.href);
  }
  return refs;
}

/** Specifiers of the static imports and re-exports in a (minified) ES module; `import()` is left out. */
export const staticImports = (code: string) =>
  [...code.matchAll(/(?<![\w$.])(?:import|from)\s*(["'])([^"'\n]+)\1/g)].map((m) => m[2]!);

/** Measures every prerendered HTML page of a built site, deployed under `base`. */
export function measureDist(distDir: string, { base = '/' }: { base?: string } = {}): DistMeasurement {
  const prefix = normalizeBase(base);
  const origin = 'http://site.invalid';
  const assets = new Map<string, (AssetSize & { code: string }) | null>();
  /** A URL seen from `fromPath` (a dist-relative path) → dist-relative path, or null when not in dist. */
  const fileFor = (url: string, fromPath: string) => {
    const resolved = new URL(url, `${origin}${prefix}${fromPath}`);
    if (resolved.origin !== origin || !resolved.pathname.startsWith(prefix)) return null;
    return decodeURIComponent(resolved.pathname.slice(prefix.length));
  };
  const asset = (file: string) => {
    if (!assets.has(file)) {
      const path = join(distDir, file);
      const data = statSync(path, { throwIfNoEntry: false })?.isFile() ? readFileSync(path) : null;
      assets.set(file, data && { file, bytes: data.length, gzip: gzipSize(data), code: data.toString('utf8') });
    }
    return assets.get(file) ?? null;
  };

  const pages = htmlFiles(distDir).map((page): PageMeasurement => {
    const html = readFileSync(join(distDir, page));
    const refs = htmlAssetRefs(html.toString('utf8'));
    const missing: string[] = [];
    const collect = (urls: string[], from: string, seen: Set<string>, follow: boolean) => {
      for (const url of urls) {
        const file = fileFor(url, from);
        if (file === null || seen.has(file)) continue;
        const found = asset(file);
        if (!found) {
          if (from === page) missing.push(url); // an import string that is not a file is not an error
          continue;
        }
        seen.add(file);
        if (follow) collect(staticImports(found.code), file, seen, true);
      }
      return seen;
    };
    const size = (file: string): AssetSize => {
      const { bytes, gzip } = asset(file)!;
      return { file, bytes, gzip };
    };
    const js = [...collect(refs.js, page, new Set(), true)].map(size);
    const css = [...collect(refs.css, page, new Set(), false)].map(size);
    const sum = (list: AssetSize[]) => list.reduce((total, a) => total + a.gzip, 0);
    const route = routeOf(page);
    const htmlSize = { file: page, bytes: html.length, gzip: gzipSize(html) };
    return {
      page,
      route,
      isIndex: isIndexRoute(route),
      html: htmlSize,
      js,
      css,
      missing,
      totals: { html: htmlSize.gzip, js: sum(js), css: sum(css) },
    };
  });
  return { distDir, base: prefix, gzipLevel: GZIP_LEVEL, pages };
}

const files = (list: { file: string; gzip: number }[]) => list.map((a) => `${a.file} ${formatKb(a.gzip)}`).join(', ');

function violation(page: string, kind: BudgetViolation['kind'], measured: number, limit: number, problem: string) {
  return { page, kind, measured, limit, problem, message: `${page}: ${problem}` };
}

function over(
  page: string,
  kind: BudgetViolation['kind'],
  label: string,
  measured: number,
  limit: number,
  detail: string,
) {
  return measured > limit
    ? [
        violation(
          page,
          kind,
          measured,
          limit,
          `${label} ${formatKb(measured)} gzip > ${formatKb(limit)} budget (${detail})`,
        ),
      ]
    : [];
}

/** The static budgets a measurement exceeds, each with its measured figures; empty when within budget. */
export function checkBudgets(measurement: DistMeasurement, budgets: Budgets = BUDGETS): BudgetViolation[] {
  return measurement.pages.flatMap((p) => [
    ...over(p.page, 'js', 'JS before the app starts', p.totals.js, budgets.prePaintJs, files(p.js)),
    ...over(p.page, 'css', 'CSS', p.totals.css, budgets.css, files(p.css)),
    ...(p.isIndex
      ? over(
          p.page,
          'html',
          'index HTML',
          p.totals.html,
          budgets.indexHtml,
          `${String(p.html.bytes)} bytes uncompressed`,
        )
      : []),
    ...p.missing.map((url) => violation(p.page, 'missing', 0, 0, `${url} is not in ${measurement.distDir}`)),
  ]);
}

/** What a browser downloaded for one page's first visit, by file (see e2e/lib/first-load.ts). */
export interface FirstVisit {
  path: string;
  files: { url: string; type: 'html' | 'css' | 'js'; gzip: number }[];
}

/** The budgets one page's first visit exceeds in a browser. */
export function checkFirstVisit(visit: FirstVisit, budgets: Budgets = BUDGETS): BudgetViolation[] {
  const of = (type: string) => visit.files.filter((f) => f.type === type);
  const total = (type: string) => of(type).reduce((sum, f) => sum + f.gzip, 0);
  const name = (list: FirstVisit['files']) => list.map((f) => ({ file: f.url.replace(/^.*\//, ''), gzip: f.gzip }));
  return [
    ...over(visit.path, 'js', 'JS of a first visit', total('js'), budgets.firstVisitJs, files(name(of('js')))),
    ...over(visit.path, 'css', 'CSS', total('css'), budgets.css, files(name(of('css')))),
    ...(isIndexRoute(visit.path)
      ? over(visit.path, 'html', 'index HTML', total('html'), budgets.indexHtml, 'gzip')
      : []),
  ];
}

/** Violations with the same problem on several pages, as one line each: "problem — on N pages: a, b, …". */
export function summarizeViolations(violations: BudgetViolation[], maxPages = 4): string[] {
  const byProblem = new Map<string, BudgetViolation[]>();
  for (const v of violations) byProblem.set(v.problem, [...(byProblem.get(v.problem) ?? []), v]);
  return [...byProblem].map(([problem, list]) => {
    const pages = list.map((v) => v.page);
    const shown = pages.slice(0, maxPages).join(', ') + (pages.length > maxPages ? ', …' : '');
    return `${problem} — on ${String(pages.length)} page${pages.length === 1 ? '' : 's'}: ${shown}`;
  });
}

/** One line per page: HTML, pre-paint JS and CSS in gzip kB, and how many files each takes. */
export function formatMeasurement(measurement: DistMeasurement): string {
  const rows = measurement.pages.map((p) => [
    p.route,
    formatKb(p.totals.html),
    `${formatKb(p.totals.js)} (${String(p.js.length)})`,
    `${formatKb(p.totals.css)} (${String(p.css.length)})`,
  ]);
  const head = ['page', 'HTML', 'JS before the app (files)', 'CSS (files)'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
