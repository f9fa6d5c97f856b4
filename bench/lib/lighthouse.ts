// Lighthouse 12 with its default config (mobile: Moto G Power emulation, simulated slow 4G and 4× CPU
// slowdown), N runs per page in a fresh headless Chromium, median of each metric. Diagnostics come
// from the run with the median Performance score.
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
];

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

export interface LighthousePage {
  path: string;
  available: boolean;
  runs: LighthouseRun[];
  median: LighthouseRun | null;
  diagnostics: Diagnostics | null;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

const score = (lhr: Result, id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
const numeric = (lhr: Result, id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;

function runOf(lhr: Result): LighthouseRun {
  return {
    performance: score(lhr, 'performance'),
    accessibility: score(lhr, 'accessibility'),
    bestPractices: score(lhr, 'best-practices'),
    seo: score(lhr, 'seo'),
    fcpMs: Math.round(numeric(lhr, 'first-contentful-paint')),
    lcpMs: Math.round(numeric(lhr, 'largest-contentful-paint')),
    tbtMs: Math.round(numeric(lhr, 'total-blocking-time')),
    cls: Number(numeric(lhr, 'cumulative-layout-shift').toFixed(4)),
  };
}

type Item = Record<string, unknown>;
const itemsOf = (lhr: Result, id: string): Item[] => {
  const details = lhr.audits[id]?.details as { items?: Item[] } | undefined;
  return details?.items ?? [];
};
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

async function isAvailable(url: string): Promise<boolean> {
  const response = await fetch(url, { method: 'HEAD' });
  return response.status !== 404;
}

/** Runs Lighthouse `runs` times on each path; a path that answers 404 is reported as not available. */
export async function runLighthouse(
  origin: string,
  path: string,
  runs: number,
  chromePath: string,
  onRun: (run: LighthouseRun, i: number) => void = () => undefined,
): Promise<LighthousePage> {
  const url = origin + path;
  if (!(await isAvailable(url))) return { path, available: false, runs: [], median: null, diagnostics: null };
  const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  const results: { run: LighthouseRun; diagnostics: Diagnostics }[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(url, { port: chrome.port, logLevel: 'error' });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      if (result.lhr.runtimeError) throw new Error(`Lighthouse: ${result.lhr.runtimeError.message}`);
      const run = runOf(result.lhr);
      results.push({ run, diagnostics: diagnosticsOf(result.lhr) });
      onRun(run, i);
    }
  } finally {
    chrome.kill();
  }
  const medianRun = Object.fromEntries(METRICS.map((m) => [m, median(results.map((r) => r.run[m]))]));
  const byPerformance = [...results].sort((a, b) => a.run.performance - b.run.performance);
  return {
    path,
    available: true,
    runs: results.map((r) => r.run),
    median: medianRun as unknown as LighthouseRun,
    diagnostics: byPerformance[Math.floor(byPerformance.length / 2)]!.diagnostics,
  };
}
