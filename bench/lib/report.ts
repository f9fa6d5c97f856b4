// The benchmark's result, its targets and its printed report.
import { BUDGETS, type BudgetViolation, type DistMeasurement } from '../../scripts/lib/budgets';
import type { SearchBenchResult } from '../search-bench';
import type { PageKind } from '../../src/app/route-table';
import {
  METHOD_LABEL,
  METHODS,
  type Diagnostics,
  type LighthouseRun,
  type PageComparison,
  type Series,
} from './lighthouse';
import { machineLine, type Machine } from './machine';
import type { JsBreakdown } from './packages';
import type { ReferencePage } from './reference';
import { kb, ms, table } from './table';
import type { PageTransfer } from './transfer';

export interface BenchResult {
  date: string;
  durationS: number;
  machine: Machine;
  lighthouseRuns: number;
  /** How the bench server sent text responses to Chromium and Lighthouse. */
  served: 'gzip level 6' | 'uncompressed';
  /** The first visits measured: one page of every kind in each language, from the route table. */
  firstVisits: { kind: PageKind; path: string }[];
  transfers: PageTransfer[];
  budgets: { measurement: DistMeasurement; violations: BudgetViolation[] };
  /** First-visit JS by package: every page measured together (each file once), then the heaviest page. */
  js: JsBreakdown[];
  references: ReferencePage[];
  lighthouse: PageComparison[];
  search: SearchBenchResult;
  targets: TargetCheck[];
}

export interface TargetCheck {
  target: string;
  measured: string;
  /** null: could not be measured (e.g. the page does not exist yet). */
  pass: boolean | null;
}

/** LCP of our page over its reference's, by method: how far above the floor the JavaScript puts it. */
export const LCP_RATIO_TARGET = 1.1;
export const TBT_TARGET_MS = 50;

export const lcpRatio = (pair: { ours: Series; reference: Series }): number | null =>
  pair.ours.median && pair.reference.median ? pair.ours.median.lcpMs / pair.reference.median.lcpMs : null;

const ratioText = (ratio: number) => `${ratio.toFixed(2)}×`;
const scores = (m: LighthouseRun) => [m.performance, m.accessibility, m.bestPractices, m.seo];

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
  // Everything a first visit downloads until the network is idle, prefetches included: in the browser.
  const js = [...r.transfers].sort((a, b) => b.gzip.js - a.gzip.js)[0];
  const over = r.transfers.filter((t) => t.gzip.js > BUDGETS.firstVisitJs).map((t) => `${t.path} ${kb(t.gzip.js)}`);
  checks.push({
    target: `first-visit JS until network idle, every page kind ≤ ${kb(BUDGETS.firstVisitJs)} gzip`,
    measured: js
      ? `${kb(js.gzip.js)} (${js.path}, worst of ${String(r.transfers.length)} pages)${over.length ? `; over: ${over.join(', ')}` : ''}`
      : 'not measured',
    pass: js ? js.gzip.js <= BUDGETS.firstVisitJs : null,
  });
  budget('JS the HTML loads before the app starts, every page', 'js', BUDGETS.prePaintJs);
  budget('CSS, every page', 'css', BUDGETS.css);
  budget(
    'prerendered index HTML',
    'html',
    BUDGETS.indexHtml,
    pages.filter((p) => p.isIndex),
  );

  const check = (target: string, value: number | null, ok: (v: number) => boolean, show: (v: number) => string) =>
    checks.push({
      target,
      measured: value === null ? 'not measured' : show(value),
      pass: value === null ? null : ok(value),
    });
  for (const page of r.lighthouse) {
    for (const method of METHODS) {
      const pair = page.methods[method];
      const ratio = lcpRatio(pair);
      checks.push({
        target: `${page.path} LCP ≤ ${LCP_RATIO_TARGET.toFixed(2)}× the reference's (${METHOD_LABEL[method]})`,
        measured:
          ratio === null
            ? 'not measured'
            : `${ms(pair.ours.median!.lcpMs)} / ${ms(pair.reference.median!.lcpMs)} = ${ratioText(ratio)}`,
        pass: ratio === null ? null : ratio <= LCP_RATIO_TARGET,
      });
    }
    // Scores are held under Lighthouse's default method; devtools throttling adds real latency that
    // costs the reference Performance points too (see the ratio table).
    const simulated = page.methods.simulate.ours.median;
    checks.push({
      target: `${page.path} Lighthouse 100 in Performance, Accessibility, Best Practices, SEO (simulated)`,
      measured: simulated ? scores(simulated).join(' / ') : 'not measured',
      pass: simulated ? scores(simulated).every((v) => v === 100) : null,
    });
    for (const method of METHODS) {
      const m = page.methods[method].ours.median;
      check(
        `${page.path} TBT ≤ ${String(TBT_TARGET_MS)} ms (${METHOD_LABEL[method]})`,
        m?.tbtMs ?? null,
        (v) => v <= TBT_TARGET_MS,
        ms,
      );
    }
    for (const method of METHODS) {
      const m = page.methods[method].ours.median;
      // Lighthouse shows CLS to three decimals; "0" means it shows 0.000.
      check(
        `${page.path} CLS 0 (${METHOD_LABEL[method]})`,
        m?.cls ?? null,
        (v) => v < 0.0005,
        (v) => v.toFixed(3),
      );
    }
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
  checks.push({
    target: `search, real pastes answered correctly and unambiguously ≥ ${String(r.search.realPastesTarget * 100)}%`,
    measured: `${String(r.search.realPastes.hits)}/${String(r.search.realPastes.total)} (${(r.search.realPastes.rate * 100).toFixed(1)}%)`,
    pass: r.search.realPastes.rate >= r.search.realPastesTarget,
  });
  return checks;
}

/** Pages of one shape in one row: /en/codes/404/ → /en/codes/:code/, /en/errors/VPC.0114/ → /en/errors/:code/. */
const routePattern = (route: string) =>
  route.replace(/\/\d{3}\//g, '/:code/').replace(/\/errors\/[^/]+\//, '/errors/:code/');

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
    [...new Set(list.flatMap((p) => p.js.map((a) => `${a.file} ${kb(a.gzip)}`)))].join(', ') || '-',
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
  rows.push([`total: ${js.of}`, kb(js.firstLoadGzip), '100%']);
  const modules = js.modules.map((m) => [m.name, kb(m.gzip), share(m.gzip)]);
  const files = js.files.map((f) => [f.file, kb(f.gzip), f.top]);
  return [
    table(['package / app folder', 'gzip≈', 'share'], rows),
    table(['largest modules', 'gzip≈', 'share'], modules),
    `${table(['files', 'gzip', 'mostly'], files)}\nother chunks of the build (not in these files): ${kb(js.lazyGzip)}`,
  ].join('\n\n');
}

function transfersTable(r: BenchResult): string {
  const kindOf = new Map(r.firstVisits.map((v) => [v.path, v.kind]));
  const rows = r.transfers.map((t) => [
    t.path,
    kindOf.get(t.path) ?? '',
    String(t.status),
    String(t.requests),
    kb(t.gzip.html),
    kb(t.gzip.css),
    kb(t.gzip.js),
    kb(t.startup.js),
    t.framesJs ? kb(t.framesJs) : '-',
    kb(t.gzip.other),
    kb(t.gzipTotal),
    t.repeats.requests ? `${String(t.repeats.requests)}, ${kb(t.repeats.gzip)}` : '-',
    t.appReadyMs === null ? 'no app' : ms(t.appReadyMs),
    ms(t.idleMs),
  ]);
  return table(
    [
      'page',
      'kind',
      'status',
      'requests',
      'HTML',
      'CSS',
      'JS',
      'JS to start',
      'JS in frames',
      'other',
      'total',
      'repeats',
      'app ready',
      'idle',
    ],
    rows,
  );
}

const methodRows = (pages: PageComparison[]) =>
  pages.flatMap((page) => METHODS.map((method) => ({ page, method, pair: page.methods[method] })));

/** The distance to the floor: our LCP over the reference's, with our page's scores, TBT and CLS. */
export function ratioTable(pages: PageComparison[]): string {
  const rows = methodRows(pages).map(({ page, method, pair }) => {
    const [ours, ref] = [pair.ours.median, pair.reference.median];
    const ratio = lcpRatio(pair);
    return [
      page.path,
      METHOD_LABEL[method],
      ours ? ms(ours.lcpMs) : '-',
      ref ? ms(ref.lcpMs) : '-',
      ratio === null ? '-' : ratioText(ratio),
      ...(ours ? scores(ours).map(String) : ['-', '-', '-', '-']),
      ours ? ms(ours.tbtMs) : '-',
      ours ? ours.cls.toFixed(3) : '-',
    ];
  });
  return table(['page', 'method', 'LCP ours', 'LCP ref', 'ratio', 'Perf', 'A11y', 'BP', 'SEO', 'TBT', 'CLS'], rows);
}

function mediansTable(pages: PageComparison[]): string {
  const rows = methodRows(pages).flatMap(({ page, method, pair }) =>
    (['ours', 'reference'] as const).map((variant) => {
      const series = pair[variant];
      const m = series.median;
      const label = variant === 'ours' ? page.path : `  reference`;
      if (!m) return [label, METHOD_LABEL[method], `no run (${String(series.failures.length)} failed)`];
      return [
        label,
        METHOD_LABEL[method],
        String(m.performance),
        ms(m.fcpMs),
        ms(m.lcpMs),
        ms(m.speedIndexMs),
        ms(m.tbtMs),
        m.cls.toFixed(3),
        ms(m.observedFcpMs),
        ms(m.observedLcpMs),
        String(m.requests),
        kb(m.transferBytes),
        series.failures.length ? String(series.failures.length) : '',
      ];
    }),
  );
  return table(
    ['page', 'method', 'Perf', 'FCP', 'LCP', 'SI', 'TBT', 'CLS', 'obs. FCP', 'obs. LCP', 'requests', 'bytes', 'failed'],
    rows,
  );
}

function runsText(pages: PageComparison[]): string {
  return methodRows(pages)
    .map(
      ({ page, method, pair }) =>
        `  ${page.path} ${METHOD_LABEL[method]}: LCP ours ${pair.ours.runs.map((r) => ms(r.lcpMs)).join(' ')}; ` +
        `reference ${pair.reference.runs.map((r) => ms(r.lcpMs)).join(' ')}`,
    )
    .join('\n');
}

function diagnosticsOf(label: string, d: Diagnostics): string {
  const lines = [`${label} (median-LCP run; host CPU benchmarkIndex ${String(d.benchmarkIndex)})`];
  if (d.failing.length) lines.push(`  lost points: ${d.failing.join('; ')}`);
  if (d.opportunities.length) lines.push(`  opportunities: ${d.opportunities.join('; ')}`);
  lines.push(`  main thread: ${d.mainThread.map((x) => `${x.group} ${ms(x.ms)}`).join(', ')}`);
  lines.push(`  CPU by script: ${d.bootup.map((x) => `${x.url} ${ms(x.ms)}`).join(', ')}`);
  if (d.lcpElement) lines.push(`  LCP element: ${d.lcpElement}`);
  if (d.errored.length) lines.push(`  audits that crashed: ${d.errored.join(', ')}`);
  if (d.warnings.length) lines.push(`  warnings: ${d.warnings.join('; ')}`);
  return lines.join('\n');
}

function diagnosticsText(pages: PageComparison[]): string {
  return methodRows(pages)
    .flatMap(({ page, method, pair }) => {
      const out: string[] = [];
      if (pair.ours.diagnostics)
        out.push(diagnosticsOf(`${page.path}, ${METHOD_LABEL[method]}`, pair.ours.diagnostics));
      const refLost = pair.reference.diagnostics?.failing ?? [];
      if (refLost.length) out.push(`  the reference too lost points: ${refLost.join('; ')}`);
      for (const f of [...pair.ours.failures, ...pair.reference.failures]) out.push(`  failed run: ${f}`);
      return out;
    })
    .join('\n');
}

function shiftsText(transfers: PageTransfer[]): string {
  const still = transfers.filter((t) => !t.layoutShifts.length).map((t) => t.path);
  const lines = transfers.flatMap((t) => {
    if (!t.layoutShifts.length) return [];
    const total = t.layoutShifts.reduce((sum, s) => sum + s.value, 0);
    return [
      `${t.path}: ${String(t.layoutShifts.length)} shift(s), total ${total.toFixed(4)}`,
      ...t.layoutShifts.map(
        (s) =>
          `  ${s.value.toFixed(4)} at ${String(s.startMs)} ms${s.hadRecentInput ? ' (flagged recent input)' : ''}: ${s.sources.join('; ')}`,
      ),
    ];
  });
  return [...lines, `none on: ${still.join(', ') || '-'}`].join('\n');
}

function referencesText(refs: ReferencePage[]): string {
  return refs
    .map(
      (ref) =>
        `${ref.referencePath}: ${ref.path} without ${String(ref.scriptsRemoved)} script element(s)` +
        `${ref.dataEntryRemoved ? ' and its data-entry attribute' : ''} (HTML ${kb(ref.htmlGzip)} → ${kb(ref.referenceHtmlGzip)} gzip)`,
    )
    .join('\n');
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
  const lh = `Lighthouse ${r.machine.lighthouse}, mobile preset, median of ${String(r.lighthouseRuns)} interleaved runs`;
  return [
    `vpc-status-codes benchmark, ${r.date} (${String(Math.round(r.durationS))} s)`,
    `machine: ${machineLine(r.machine)}`,
    `served: ${r.served === 'uncompressed' ? 'uncompressed (bare static server)' : 'through a gzip proxy, level 6'}`,
    section(`${lh}: our page against its reference (same page, no JavaScript)`, ratioTable(r.lighthouse)),
    section('Reference pages', referencesText(r.references)),
    section(`${lh}: medians of both`, mediansTable(r.lighthouse)),
    section('LCP of every run', runsText(r.lighthouse)),
    section('Lighthouse diagnostics (our pages)', diagnosticsText(r.lighthouse)),
    section(
      'First visit in a fresh 412×823 mobile Chromium until the network is idle, prefetches and embedded frames included, each file once (each body gzipped at level 6; "JS to start": requested before the app was ready; "repeats": files fetched again, not counted)',
      transfersTable(r),
    ),
    section(
      'Assets each prerendered page requests itself (dist HTML + static imports, scripts/lib/budgets.ts; gzip)',
      routesTable(r.budgets.measurement),
    ),
    ...r.js.map((js) =>
      section(
        `First-visit JS by package, ${js.of} (approximate: each chunk’s gzip size split by module rendered length)`,
        packagesTable(js),
      ),
    ),
    section('Layout shifts (Chromium, 412×823 mobile viewport, first visit)', shiftsText(r.transfers)),
    section('Search (bench/search-bench.ts; medians per query, worst of the query set)', searchText(r.search)),
    section('Targets', r.targets.map((t) => `${verdict(t.pass)}  ${t.target}: ${t.measured}`).join('\n')),
  ].join('\n');
}
