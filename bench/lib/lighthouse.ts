// Lighthouse 12 with its default config (mobile: Moto G Power emulation, slow 4G and 4× CPU slowdown),
// each page beside its reference (the same page without JavaScript, bench/lib/reference.ts), under
// both throttling methods: simulated (Lighthouse's default: one unthrottled load, timings computed by
// its Lantern model) and devtools (the load itself throttled by Chromium). Runs are interleaved: run i
// measures every page and its reference under each method, the reference first on odd runs, so a
// machine growing busier or quieter weighs on both alike. Every Lighthouse run gets a fresh headless
// Chromium. Medians per page, method and metric; diagnostics come from the run with the median LCP.
import { launch } from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { CHROMIUM_ARGS } from '../../scripts/lib/find-chromium.mjs';

export interface LighthouseRun {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  speedIndexMs: number;
  /** FCP and LCP in the trace as recorded (unthrottled under the simulated method). */
  observedFcpMs: number;
  observedLcpMs: number;
  /** Requests and bytes transferred (as sent: gzip through the bench's proxy). */
  requests: number;
  transferBytes: number;
}
export const METRICS: readonly (keyof LighthouseRun)[] = [
  'performance',
  'accessibility',
  'bestPractices',
  'seo',
  'fcpMs',
  'lcpMs',
  'tbtMs',
  'cls',
  'speedIndexMs',
  'observedFcpMs',
  'observedLcpMs',
  'requests',
  'transferBytes',
];

export type ThrottlingMethod = 'simulate' | 'devtools';
export const METHODS: readonly ThrottlingMethod[] = ['simulate', 'devtools'];
export const METHOD_LABEL: Record<ThrottlingMethod, string> = { simulate: 'simulated', devtools: 'devtools' };

export interface Diagnostics {
  /** Audits of weighted categories that lost points, "id: title (display value)". */
  failing: string[];
  /** Performance opportunities with estimated savings. */
  opportunities: string[];
  /** Main-thread time by category and CPU time by script, in ms (unthrottled, as observed). */
  mainThread: { group: string; ms: number }[];
  bootup: { url: string; ms: number }[];
  /** Audits that crashed (e.g. trace formats newer than this Lighthouse), so their diagnostics are missing. */
  errored: string[];
  lcpElement: string | null;
  benchmarkIndex: number | null;
  warnings: string[];
}

/** One page (ours or its reference) under one method. */
export interface Series {
  path: string;
  runs: LighthouseRun[];
  /** Runs that failed twice (Lighthouse runtime errors), left out of the medians. */
  failures: string[];
  median: LighthouseRun | null;
  diagnostics: Diagnostics | null;
}

export interface PageComparison {
  path: string;
  referencePath: string;
  methods: Record<ThrottlingMethod, { ours: Series; reference: Series }>;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

const score = (lhr: Result, id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
const numeric = (lhr: Result, id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;

type Item = Record<string, unknown>;
const itemsOf = (lhr: Result, id: string): Item[] => {
  const details = lhr.audits[id]?.details as { items?: Item[] } | undefined;
  return details?.items ?? [];
};

function runOf(lhr: Result): LighthouseRun {
  const observed = itemsOf(lhr, 'metrics')[0] ?? {};
  const requests = itemsOf(lhr, 'network-requests');
  return {
    performance: score(lhr, 'performance'),
    accessibility: score(lhr, 'accessibility'),
    bestPractices: score(lhr, 'best-practices'),
    seo: score(lhr, 'seo'),
    fcpMs: Math.round(numeric(lhr, 'first-contentful-paint')),
    lcpMs: Math.round(numeric(lhr, 'largest-contentful-paint')),
    tbtMs: Math.round(numeric(lhr, 'total-blocking-time')),
    cls: Number(numeric(lhr, 'cumulative-layout-shift').toFixed(4)),
    speedIndexMs: Math.round(numeric(lhr, 'speed-index')),
    observedFcpMs: Math.round(Number(observed.observedFirstContentfulPaint ?? Number.NaN)),
    observedLcpMs: Math.round(Number(observed.observedLargestContentfulPaint ?? Number.NaN)),
    requests: requests.length,
    transferBytes: requests.reduce((sum, r) => sum + Number(r.transferSize ?? 0), 0),
  };
}

const shortUrl = (url: unknown) => String(url).replace(/^https?:\/\/[^/]+/, '');

function diagnosticsOf(lhr: Result): Diagnostics {
  const failing = Object.values(lhr.categories).flatMap((category) =>
    category.auditRefs
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => {
        const audit = lhr.audits[ref.id]!;
        return `${category.id} › ${ref.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`;
      }),
  );
  const opportunities = Object.values(lhr.audits)
    .filter((a) => a.details?.type === 'opportunity' && (a.score ?? 1) < 1)
    .map((a) => `${a.id}: ${a.title}${a.displayValue ? ` — ${a.displayValue}` : ''}`);
  const lcpItem = itemsOf(lhr, 'largest-contentful-paint-element')[0] as { items?: { node?: Item }[] } | undefined;
  const lcpNode = lcpItem?.items?.[0]?.node;
  return {
    failing,
    opportunities,
    mainThread: itemsOf(lhr, 'mainthread-work-breakdown').map((i) => ({
      group: String(i.groupLabel),
      ms: Math.round(Number(i.duration)),
    })),
    bootup: itemsOf(lhr, 'bootup-time').map((i) => ({ url: shortUrl(i.url), ms: Math.round(Number(i.total)) })),
    errored: Object.values(lhr.audits)
      .filter((a) => a.scoreDisplayMode === 'error')
      .map((a) => a.id),
    lcpElement: lcpNode ? String(lcpNode.snippet ?? lcpNode.nodeLabel) : null,
    benchmarkIndex: lhr.environment.benchmarkIndex ?? null,
    warnings: lhr.runWarnings,
  };
}

async function status(url: string): Promise<number> {
  return (await fetch(url, { method: 'HEAD' })).status;
}

interface Outcome {
  run: LighthouseRun;
  diagnostics: Diagnostics;
}

/** One Lighthouse run in a fresh Chromium; a failed run is tried once more before it counts as failed. */
async function runOnce(url: string, method: ThrottlingMethod, chromePath: string): Promise<Outcome | Error> {
  let error: Error | null = null;
  for (let attempt = 0; attempt < 2; attempt++) {
    const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
    try {
      const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', throttlingMethod: method });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      if (result.lhr.runtimeError) throw new Error(`Lighthouse: ${result.lhr.runtimeError.message}`);
      return { run: runOf(result.lhr), diagnostics: diagnosticsOf(result.lhr) };
    } catch (e) {
      error = e instanceof Error ? e : new Error(String(e));
    } finally {
      chrome.kill();
    }
  }
  return error!;
}

function seriesOf(path: string, outcomes: (Outcome | Error)[]): Series {
  const ok = outcomes.filter((o): o is Outcome => !(o instanceof Error));
  const failures = outcomes.filter((o): o is Error => o instanceof Error).map((e) => e.message);
  if (ok.length === 0) return { path, runs: [], failures, median: null, diagnostics: null };
  const medianRun = Object.fromEntries(METRICS.map((m) => [m, median(ok.map((o) => o.run[m]))]));
  const byLcp = [...ok].sort((a, b) => a.run.lcpMs - b.run.lcpMs);
  return {
    path,
    runs: ok.map((o) => o.run),
    failures,
    median: medianRun as unknown as LighthouseRun,
    diagnostics: byLcp[Math.floor(byLcp.length / 2)]!.diagnostics,
  };
}

export interface RunReport {
  run: number;
  method: ThrottlingMethod;
  path: string;
  outcome: LighthouseRun | Error;
}

/**
 * Lighthouse on every page and its reference, `runs` times under each method, interleaved (see the
 * top of this file). Every path must answer 200: a comparison with a 404 page would measure nothing.
 */
export async function compareWithReferences(
  origin: string,
  pages: { path: string; referencePath: string }[],
  runs: number,
  chromePath: string,
  onRun: (report: RunReport) => void = () => undefined,
): Promise<PageComparison[]> {
  for (const path of pages.flatMap((p) => [p.path, p.referencePath])) {
    const code = await status(origin + path);
    if (code !== 200) throw new Error(`${origin + path} answers ${String(code)}`);
  }
  const outcomes = new Map<string, (Outcome | Error)[]>();
  const key = (method: ThrottlingMethod, path: string) => `${method} ${path}`;
  for (let run = 0; run < runs; run++) {
    for (const method of METHODS) {
      for (const page of pages) {
        const order = run % 2 === 0 ? [page.path, page.referencePath] : [page.referencePath, page.path];
        for (const path of order) {
          const outcome = await runOnce(origin + path, method, chromePath);
          outcomes.set(key(method, path), [...(outcomes.get(key(method, path)) ?? []), outcome]);
          onRun({ run, method, path, outcome: outcome instanceof Error ? outcome : outcome.run });
        }
      }
    }
  }
  const series = (method: ThrottlingMethod, path: string) => seriesOf(path, outcomes.get(key(method, path)) ?? []);
  return pages.map((page) => ({
    ...page,
    methods: Object.fromEntries(
      METHODS.map((method) => [
        method,
        { ours: series(method, page.path), reference: series(method, page.referencePath) },
      ]),
    ) as PageComparison['methods'],
  }));
}
