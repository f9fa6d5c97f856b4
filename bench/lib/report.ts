// The benchmark's result, its targets and its printed report.
import { BUDGETS, type BudgetViolation, type DistMeasurement } from '../../scripts/lib/budgets';
import type { SearchBenchResult } from '../search-bench';
import type { LighthousePage, LighthouseRun } from './lighthouse';
import { machineLine, type Machine } from './machine';
import type { JsBreakdown } from './packages';
import { kb, ms, table } from './table';
import type { PageTransfer } from './transfer';

export interface BenchResult {
  date: string;
  durationS: number;
  machine: Machine;
  lighthouseRuns: number;
  /** How the bench server sent text responses to Chromium and Lighthouse. */
  served: 'gzip level 6' | 'uncompressed';
  transfers: PageTransfer[];
  budgets: { measurement: DistMeasurement; violations: BudgetViolation[] };
  js: JsBreakdown;
  lighthouse: LighthousePage[];
  search: SearchBenchResult;
  targets: TargetCheck[];
}

export interface TargetCheck {
  target: string;
  measured: string;
  /** null: could not be measured (e.g. the page does not exist yet). */
  pass: boolean | null;
}

/** Pages the issue holds to the Lighthouse score targets; LCP, TBT and CLS targets apply to every page run. */
export const SCORED_PAGES = ['/zh/', '/en/codes/404'];

export function checkTargets(r: Omit<BenchResult, 'targets'>): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const pages = r.budgets.measurement.pages;
  const worst = (key: 'js' | 'css' | 'html', list = pages) => {
    const top = [...list].sort((a, b) => b.totals[key] - a.totals[key])[0];
    return top ? { value: top.totals[key], where: top.route } : { value: 0, where: '-' };
  };
  const budget = (label: string, key: 'js' | 'css' | 'html', limit: number, list = pages) => {
    const w = worst(key, list);
    checks.push({
      target: `${label} ≤ ${kb(limit)} gzip`,
      measured: `${kb(w.value)} (${w.where})`,
      pass: w.value <= limit,
    });
  };
  // Start-up JS is loaded by the app after first paint, so it is measured in the browser.
  const js = [...r.transfers].sort((a, b) => b.startup.js - a.startup.js)[0];
  checks.push({
    target: `start-up JS, every page measured ≤ ${kb(BUDGETS.firstVisitJs)} gzip`,
    measured: js ? `${kb(js.startup.js)} (${js.path})` : 'not measured',
    pass: js ? js.startup.js <= BUDGETS.firstVisitJs : null,
  });
  budget('JS before the app starts, every page', 'js', BUDGETS.prePaintJs);
  budget('CSS, every page', 'css', BUDGETS.css);
  budget(
    'prerendered index HTML',
    'html',
    BUDGETS.indexHtml,
    pages.filter((p) => p.isIndex),
  );

  const lhTarget = (
    page: LighthousePage,
    label: string,
    pick: (m: LighthouseRun) => number,
    ok: (v: number) => boolean,
    show: (v: number) => string = String,
  ) => {
    const value = page.median ? pick(page.median) : null;
    checks.push({
      target: `${page.path} ${label}`,
      measured: value === null ? 'not available' : show(value),
      pass: value === null ? null : ok(value),
    });
  };
  for (const page of r.lighthouse) {
    if (SCORED_PAGES.includes(page.path)) {
      lhTarget(
        page,
        'Performance ≥ 98',
        (m) => m.performance,
        (v) => v >= 98,
      );
      lhTarget(
        page,
        'Accessibility 100',
        (m) => m.accessibility,
        (v) => v === 100,
      );
      lhTarget(
        page,
        'Best Practices 100',
        (m) => m.bestPractices,
        (v) => v === 100,
      );
      lhTarget(
        page,
        'SEO 100',
        (m) => m.seo,
        (v) => v === 100,
      );
    }
    lhTarget(
      page,
      'LCP ≤ 1.0 s',
      (m) => m.lcpMs,
      (v) => v <= 1000,
      ms,
    );
    lhTarget(
      page,
      'TBT ≤ 100 ms',
      (m) => m.tbtMs,
      (v) => v <= 100,
      ms,
    );
    // Lighthouse shows CLS to three decimals; "0" means it shows 0.000.
    lhTarget(
      page,
      'CLS 0',
      (m) => m.cls,
      (v) => v < 0.0005,
      (v) => v.toFixed(3),
    );
  }
  for (const s of r.search.sizes) {
    if (s.buildTargetMs !== null) {
      checks.push({
        target: `search, real index build (${String(s.size)} documents) median < ${String(s.buildTargetMs)} ms`,
        measured: `${s.build.medianMs.toFixed(2)} ms`,
        pass: s.build.medianMs < s.buildTargetMs,
      });
    }
    if (s.targetMs === null) continue;
    checks.push({
      target: `search, ${String(s.size)} documents: worst median query < ${String(s.targetMs)} ms`,
      measured: `${s.worstMedianMs.toFixed(3)} ms (${s.worstQuery})`,
      pass: s.meetsTarget,
    });
  }
  checks.push({
    target: `search, recognising a pasted body: worst median < ${String(r.search.pasteTargetMs)} ms`,
    measured: `${r.search.pasteWorstMedianMs.toFixed(3)} ms`,
    pass: r.search.pasteWorstMedianMs < r.search.pasteTargetMs,
  });
  return checks;
}

const routePattern = (route: string) => route.replace(/\/\d{3}\//g, '/:code/');

function routesTable(m: DistMeasurement): string {
  const groups = new Map<string, DistMeasurement['pages']>();
  for (const p of m.pages) groups.set(routePattern(p.route), [...(groups.get(routePattern(p.route)) ?? []), p]);
  const range = (xs: number[]) => {
    const [lo, hi] = [Math.min(...xs), Math.max(...xs)];
    return Math.abs(hi - lo) < 50 ? kb(hi) : `${kb(lo)}–${kb(hi)}`;
  };
  const rows = [...groups].map(([pattern, list]) => [
    pattern,
    String(list.length),
    range(list.map((p) => p.totals.html)),
    range(list.map((p) => p.totals.css)),
    range(list.map((p) => p.totals.js)),
    [...new Set(list.flatMap((p) => p.js.map((a) => `${a.file} ${kb(a.gzip)}`)))].join(', '),
  ]);
  return table(['route', 'pages', 'HTML', 'CSS', 'JS', 'JS files (gzip)'], rows);
}

function packagesTable(js: JsBreakdown): string {
  const share = (n: number) => `${((100 * n) / (js.firstLoadGzip || 1)).toFixed(0)}%`;
  const big = js.packages.filter((p) => p.gzip >= 500);
  const rest = js.packages.filter((p) => p.gzip < 500);
  const rows = big.map((p) => [p.name, kb(p.gzip), share(p.gzip)]);
  if (rest.length) {
    const restGzip = rest.reduce((sum, p) => sum + p.gzip, 0);
    rows.push([`(${String(rest.length)} more, each < 0.5 kB)`, kb(restGzip), share(restGzip)]);
  }
  rows.push(['total first-load JS (all pages, each file once)', kb(js.firstLoadGzip), '100%']);
  const modules = js.modules.map((m) => [m.name, kb(m.gzip), share(m.gzip)]);
  return `${table(['package / app folder', 'gzip≈', 'share'], rows)}\n\n${table(['largest modules', 'gzip≈', 'share'], modules)}\nlazy chunks (not first-load): ${kb(js.lazyGzip)}`;
}

function transfersTable(transfers: PageTransfer[]): string {
  const rows = transfers.map((t) =>
    t.status === 404
      ? [t.path, '404', 'not available', '', '', '', '', '']
      : [
          t.path,
          String(t.status),
          String(t.requests),
          kb(t.gzip.html),
          kb(t.gzip.css),
          kb(t.gzip.js),
          kb(t.gzip.other),
          kb(t.gzipTotal),
        ],
  );
  return table(['page', 'status', 'requests', 'HTML', 'CSS', 'JS', 'other', 'total'], rows);
}

function lighthouseTable(pages: LighthousePage[]): string {
  const rows = pages.map((p) => {
    const m = p.median;
    if (!m) return [p.path, 'not available (404)', '', '', '', '', '', '', ''];
    return [
      p.path,
      String(m.performance),
      String(m.accessibility),
      String(m.bestPractices),
      String(m.seo),
      ms(m.fcpMs),
      ms(m.lcpMs),
      ms(m.tbtMs),
      m.cls.toFixed(3),
    ];
  });
  const runs = pages
    .filter((p) => p.runs.length)
    .map(
      (p) =>
        `  ${p.path}: Performance ${p.runs.map((r) => r.performance).join(' ')}; LCP ${p.runs.map((r) => ms(r.lcpMs)).join(' ')}`,
    );
  return `${table(['page', 'Perf', 'A11y', 'BP', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS'], rows)}\nruns:\n${runs.join('\n')}`;
}

function diagnosticsText(pages: LighthousePage[]): string {
  return pages
    .filter((p) => p.diagnostics)
    .map((p) => {
      const d = p.diagnostics!;
      const lines = [`${p.path} (median-Performance run; host CPU benchmarkIndex ${String(d.benchmarkIndex)})`];
      if (d.failing.length) lines.push(`  lost points: ${d.failing.join('; ')}`);
      if (d.opportunities.length) lines.push(`  opportunities: ${d.opportunities.join('; ')}`);
      lines.push(`  main thread: ${d.mainThread.map((x) => `${x.group} ${ms(x.ms)}`).join(', ')}`);
      lines.push(`  CPU by script: ${d.bootup.map((x) => `${x.url} ${ms(x.ms)}`).join(', ')}`);
      if (d.lcpElement) lines.push(`  LCP element: ${d.lcpElement}`);
      if (d.errored.length) lines.push(`  audits that crashed: ${d.errored.join(', ')}`);
      if (d.warnings.length) lines.push(`  warnings: ${d.warnings.join('; ')}`);
      return lines.join('\n');
    })
    .join('\n');
}

function shiftsText(transfers: PageTransfer[]): string {
  const lines = transfers.flatMap((t) => {
    const total = t.layoutShifts.reduce((sum, s) => sum + s.value, 0);
    if (!t.layoutShifts.length) return [`${t.path}: none`];
    return [
      `${t.path}: ${String(t.layoutShifts.length)} shift(s), total ${total.toFixed(4)}`,
      ...t.layoutShifts.map(
        (s) =>
          `  ${s.value.toFixed(4)} at ${String(s.startMs)} ms${s.hadRecentInput ? ' (flagged recent input)' : ''}: ${s.sources.join('; ')}`,
      ),
    ];
  });
  return lines.join('\n');
}

function searchText(s: SearchBenchResult): string {
  const rows = s.sizes.map((x) => [
    `${String(x.size)}${x.real ? ' (real)' : ''}`,
    `${x.build.medianMs.toFixed(2)} ms`,
    `${x.worstMedianMs.toFixed(3)} ms`,
    x.worstQuery,
    `${x.queries.reduce((worst, q) => Math.max(worst, q.p95Ms), 0).toFixed(3)} ms`,
    x.targetMs === null ? '-' : `< ${String(x.targetMs)} ms`,
  ]);
  const sizes = table(['documents', 'index build', 'worst query median', 'worst query', 'worst p95', 'target'], rows);
  return `${sizes}\npasted body, worst median: ${s.pasteWorstMedianMs.toFixed(3)} ms (target < ${String(s.pasteTargetMs)} ms)`;
}

const verdict = (pass: boolean | null) => (pass === null ? 'n/a ' : pass ? 'PASS' : 'MISS');

export function formatReport(r: BenchResult): string {
  const section = (title: string, body: string) => `\n${title}\n${body}`;
  return [
    `vpc-status-codes benchmark, ${r.date} (${String(Math.round(r.durationS))} s)`,
    `machine: ${machineLine(r.machine)}`,
    `served: ${r.served === 'uncompressed' ? 'uncompressed (bare static server)' : 'through a gzip proxy, level 6'}`,
    section(
      'First load in a fresh mobile-sized Chromium until network idle (bytes: each response body gzipped at level 6)',
      transfersTable(r.transfers),
    ),
    section(
      'First-load assets by route (dist HTML + static imports, scripts/lib/budgets.ts; gzip)',
      routesTable(r.budgets.measurement),
    ),
    section(
      'First-load JS by package (approximate: each chunk’s gzip size split by module rendered length)',
      packagesTable(r.js),
    ),
    section(
      `Lighthouse ${r.machine.lighthouse}, mobile default config, median of ${String(r.lighthouseRuns)} runs`,
      lighthouseTable(r.lighthouse),
    ),
    section('Lighthouse diagnostics', diagnosticsText(r.lighthouse)),
    section('Layout shifts (Chromium, 412×823 mobile viewport, first load)', shiftsText(r.transfers)),
    section('Search (bench/search-bench.ts; medians per query, worst of the query set)', searchText(r.search)),
    section('Targets', r.targets.map((t) => `${verdict(t.pass)}  ${t.target}: ${t.measured}`).join('\n')),
  ].join('\n');
}
