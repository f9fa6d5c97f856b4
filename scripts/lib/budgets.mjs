// Size budgets of the built site, measured from the files in dist/ (no browser, no server),
// so the check is deterministic. A page's first load is what its prerendered HTML makes the browser
// fetch before any user action: <script src> (module or classic), <link rel="modulepreload">,
// <link rel="stylesheet">, <link rel="preload" as="script|style">, plus every chunk those scripts import
// statically (`import"./x.js"`, `from"./x.js"`). The app itself starts after first paint through
// dynamic imports, which this static view does not follow: its JS here is what is requested before
// first paint, and the whole start-up JS of each kind of page is measured in a browser by
// e2e/budgets.spec.ts against the same budget.
//
// Units: sizes are gzip bytes at zlib's default level 6 (what `gzip` and most servers compressing on
// the fly send; Vite's "gzip:" build column uses the same). 1 kB = 1000 bytes.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export const KB = 1000;
export const GZIP_LEVEL = 6;

/** The budgets, in gzip bytes: JS and CSS for every page, HTML for the index pages. */
export const BUDGETS = { js: 110 * KB, css: 15 * KB, indexHtml: 30 * KB };

export const gzipSize = (data) => gzipSync(data, { level: GZIP_LEVEL }).length;
export const formatKb = (bytes) => `${(bytes / KB).toFixed(1)} kB`;

/** "/", "/zh/", "/en/": the root and one language segment (a two-letter code, optionally "-Xxxx"). */
export const isIndexRoute = (route) => /^\/(?:[a-z]{2}(?:-[a-z0-9]+)?\/)?$/i.test(route);

/** "index.html" → "/", "zh/index.html" → "/zh/", "en/codes/404/index.html" → "/en/codes/404/", "404.html" → "/404.html". */
export const routeOf = (page) => `/${page.replace(/(^|\/)index\.html$/, '$1')}`;

function htmlFiles(dir, root = dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return htmlFiles(path, root);
      return entry.name.endsWith('.html') ? [relative(root, path).split(sep).join('/')] : [];
    })
    .sort();
}

const attributes = (tag) =>
  Object.fromEntries(
    [...tag.matchAll(/([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)].map((m) => [
      m[1].toLowerCase(),
      m[2] ?? m[3] ?? m[4] ?? '',
    ]),
  );

/** The script and stylesheet URLs an HTML document loads up front, in document order. */
export function htmlAssetRefs(html) {
  const refs = { js: [], css: [] };
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  for (const [tag, name] of withoutComments.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const a = attributes(tag.slice(name.length + 1));
    if (name.toLowerCase() === 'script') {
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
export const staticImports = (code) =>
  [...code.matchAll(/(?<![\w$.])(?:import|from)\s*(["'])([^"'\n]+)\1/g)].map((m) => m[2]);

/**
 * Measures every prerendered HTML page of a built site.
 * @param {string} distDir
 * @param {{ base?: string }} [options] the deploy base the site was built with (default "/")
 */
export function measureDist(distDir, { base = '/' } = {}) {
  const prefix = `/${base}/`.replace(/\/{2,}/g, '/');
  const origin = 'http://site.invalid';
  const assets = new Map();
  /** A URL seen from `fromPath` (a dist-relative path) → dist-relative path, or null when not in dist. */
  const fileFor = (url, fromPath) => {
    const resolved = new URL(url, `${origin}${prefix}${fromPath}`);
    if (resolved.origin !== origin || !resolved.pathname.startsWith(prefix)) return null;
    return decodeURIComponent(resolved.pathname.slice(prefix.length));
  };
  const asset = (file) => {
    if (!assets.has(file)) {
      const path = join(distDir, file);
      const data = statSync(path, { throwIfNoEntry: false })?.isFile() ? readFileSync(path) : null;
      assets.set(file, data && { file, bytes: data.length, gzip: gzipSize(data), code: data.toString('utf8') });
    }
    return assets.get(file);
  };

  const pages = htmlFiles(distDir).map((page) => {
    const html = readFileSync(join(distDir, page));
    const refs = htmlAssetRefs(html.toString('utf8'));
    const missing = [];
    const collect = (urls, from, seen, follow) => {
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
    const strip = ({ file, bytes, gzip }) => ({ file, bytes, gzip });
    const js = [...collect(refs.js, page, new Set(), true)].map((f) => strip(asset(f)));
    const css = [...collect(refs.css, page, new Set(), false)].map((f) => strip(asset(f)));
    const sum = (list) => list.reduce((total, a) => total + a.gzip, 0);
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

/**
 * The budgets a measurement exceeds, each with its measured figures; an empty list means within budget.
 * @param {ReturnType<typeof measureDist>} measurement
 * @param {typeof BUDGETS} [budgets]
 */
export function checkBudgets(measurement, budgets = BUDGETS) {
  const violations = [];
  const files = (list) => list.map((a) => `${a.file} ${formatKb(a.gzip)}`).join(', ');
  for (const p of measurement.pages) {
    const add = (kind, measured, limit, problem) =>
      violations.push({
        page: p.page,
        route: p.route,
        kind,
        measured,
        limit,
        problem,
        message: `${p.page}: ${problem}`,
      });
    const over = (kind, label, measured, limit, detail) => {
      if (measured > limit)
        add(kind, measured, limit, `${label} ${formatKb(measured)} gzip > ${formatKb(limit)} budget (${detail})`);
    };
    over('js', 'first-load JS', p.totals.js, budgets.js, files(p.js));
    over('css', 'CSS', p.totals.css, budgets.css, files(p.css));
    if (p.isIndex) over('html', 'index HTML', p.totals.html, budgets.indexHtml, `${p.html.bytes} bytes uncompressed`);
    for (const url of p.missing) add('missing', 0, 0, `${url} is not in ${measurement.distDir}`);
  }
  return violations;
}

/** Violations with the same problem on several pages, as one line each: "problem — on N pages: a, b, …". */
export function summarizeViolations(violations, maxPages = 4) {
  const byProblem = new Map();
  for (const v of violations) byProblem.set(v.problem, [...(byProblem.get(v.problem) ?? []), v]);
  return [...byProblem].map(([problem, list]) => {
    const pages = list.map((v) => v.page);
    const shown = pages.slice(0, maxPages).join(', ') + (pages.length > maxPages ? ', …' : '');
    return `${problem} — on ${pages.length} page${pages.length === 1 ? '' : 's'}: ${shown}`;
  });
}

/** One line per page: HTML, first-load JS and CSS in gzip kB, and how many files each takes. */
export function formatMeasurement(measurement) {
  const rows = measurement.pages.map((p) => [
    p.route,
    formatKb(p.totals.html),
    `${formatKb(p.totals.js)} (${p.js.length})`,
    `${formatKb(p.totals.css)} (${p.css.length})`,
  ]);
  const head = ['page', 'HTML', 'JS before paint (files)', 'CSS (files)'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
