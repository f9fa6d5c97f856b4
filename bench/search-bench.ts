/*
 * Benchmark for the search (src/features/search): queries on the real corpus and on synthetic 1,000 and
 * 10,000 documents, building the real index, and recognising pastes. Data and queries: lib/search-data.ts.
 *
 *   npx tsx bench/search-bench.ts            prints a table, writes bench/results/search.json
 *
 * `runSearchBench()` returns the same results for a larger `npm run bench` to aggregate.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { synonyms } from '../src/features/search/data/synonyms';
import { createSearchIndex } from '../src/features/search/engine/search';
import { hitRate } from '../src/test/pastes/hit-rate';
import { recognizePaste } from '../src/lib/paste/recognize';
import { BENCH_PASTES, BENCH_QUERIES, known, realCorpus, syntheticCorpus } from './lib/search-data';

export interface Timing {
  samples: number;
  medianMs: number;
  p95Ms: number;
}

export interface QueryResult extends Timing {
  label: string;
  query: string;
  results: number;
}

export interface SizeResult {
  size: number;
  /** The real corpus, or synthetic documents grown from it. */
  real: boolean;
  build: Timing & { firstMs: number };
  buildTargetMs: number | null;
  queries: QueryResult[];
  worstMedianMs: number;
  worstQuery: string;
  targetMs: number | null;
  meetsTarget: boolean | null;
}

export interface PasteResult extends Timing {
  label: string;
  chars: number;
  body: boolean;
  recognized: number;
}

export interface SearchBenchResult {
  name: 'search';
  date: string;
  node: string;
  cpu: string;
  cpuCount: number;
  /** The 1-minute load average before and after: other work on a small VM slows every timing. */
  load: [before: number, after: number];
  sizes: SizeResult[];
  pastes: PasteResult[];
  /** The worst median among pasted bodies, against its target. */
  pasteWorstMedianMs: number;
  pasteTargetMs: number;
  /** The real pastes of src/test/pastes answered correctly and unambiguously, against its target. */
  realPastes: { hits: number; total: number; rate: number; misses: string[] };
  realPastesTarget: number;
  ok: boolean;
}

/** Targets: worst median query per size, building the real index, recognising a pasted body. */
const QUERY_TARGETS: Record<number, number> = { 1000: 1, 10000: 10 };
const REAL_BUILD_TARGET_MS = 20;
const PASTE_TARGET_MS = 1;
const REAL_PASTES_TARGET = 0.95;

function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
}

/** Times fn call by call: at least minSamples and minMs of samples (max maxSamples), after warm-up. */
function measure(fn: () => unknown, minSamples: number, minMs: number, maxSamples: number, warmup: number): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  const start = performance.now();
  while (times.length < maxSamples && (times.length < minSamples || performance.now() - start < minMs)) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { samples: times.length, medianMs: quantile(times, 0.5), p95Ms: quantile(times, 0.95) };
}

function sizeResult(size: number, real: boolean, quiet: boolean): SizeResult {
  const docs = real ? realCorpus : syntheticCorpus(size);
  const t0 = performance.now();
  const index = createSearchIndex(docs, synonyms);
  const firstMs = performance.now() - t0;
  const build = measure(() => createSearchIndex(docs, synonyms), size > 5000 ? 5 : 20, 300, 200, size > 5000 ? 1 : 3);
  const queries = BENCH_QUERIES.map(({ label, query }) => {
    const m = measure(() => index.search(query), 50, 200, 20000, 20);
    return { label, query, results: index.search(query).hits.length, ...m };
  });
  const worst = queries.reduce((a, b) => (b.medianMs > a.medianMs ? b : a));
  const targetMs = QUERY_TARGETS[size] ?? null;
  if (!quiet) process.stderr.write(`  ${String(size)} documents done\n`);
  return {
    size,
    real,
    build: { ...build, firstMs },
    buildTargetMs: real ? REAL_BUILD_TARGET_MS : null,
    queries,
    worstMedianMs: worst.medianMs,
    worstQuery: worst.label,
    targetMs,
    meetsTarget: targetMs === null ? null : worst.medianMs < targetMs,
  };
}

export function runSearchBench(options: { sizes?: number[]; quiet?: boolean } = {}): SearchBenchResult {
  const quiet = options.quiet ?? false;
  const loadBefore = loadavg()[0] ?? 0;
  const sizes = [
    sizeResult(realCorpus.length, true, quiet),
    ...(options.sizes ?? [1000, 10000]).map((n) => sizeResult(n, false, quiet)),
  ];
  const pastes = BENCH_PASTES.map(({ label, text, body }) => ({
    label,
    chars: text.length,
    body,
    recognized: recognizePaste(text, known).length,
    ...measure(() => recognizePaste(text, known), 50, 200, 20000, 20),
  }));
  const pasteWorstMedianMs = Math.max(...pastes.filter((p) => p.body).map((p) => p.medianMs));
  const real = hitRate((text) => recognizePaste(text, known));
  const realPastes = { hits: real.hits, total: real.total, rate: real.rate, misses: real.misses.map((m) => m.id) };
  const buildOk = sizes.every((s) => s.buildTargetMs === null || s.build.medianMs < s.buildTargetMs);
  return {
    name: 'search',
    date: new Date().toISOString(),
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cpuCount: cpus().length,
    load: [loadBefore, loadavg()[0] ?? 0],
    sizes,
    pastes,
    pasteWorstMedianMs,
    pasteTargetMs: PASTE_TARGET_MS,
    realPastes,
    realPastesTarget: REAL_PASTES_TARGET,
    ok:
      buildOk &&
      pasteWorstMedianMs < PASTE_TARGET_MS &&
      realPastes.rate >= REAL_PASTES_TARGET &&
      sizes.every((s) => s.meetsTarget !== false),
  };
}

const fmt = (ms: number): string => (ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`);
const verdict = (pass: boolean) => (pass ? 'PASS' : 'MISS');

function columns(head: string[], rows: string[][]): string[] {
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((row) => (row[c] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

export function formatSearchBench(r: SearchBenchResult): string {
  const head = ['query', ...r.sizes.flatMap((s) => [`n=${String(s.size)} median`, 'p95', 'hits'])];
  const rows = [
    ['(index build, median)', ...r.sizes.flatMap((s) => [fmt(s.build.medianMs), fmt(s.build.p95Ms), ''])],
    ['(index build, first)', ...r.sizes.flatMap((s) => [fmt(s.build.firstMs), '', ''])],
    ...(r.sizes[0]?.queries ?? []).map((q, i) => [
      q.label.length > 34 ? `${q.label.slice(0, 33)}…` : q.label,
      ...r.sizes.flatMap((s) => {
        const x = s.queries[i];
        return x ? [fmt(x.medianMs), fmt(x.p95Ms), String(x.results)] : ['', '', ''];
      }),
    ]),
  ];
  const pasteRows = r.pastes.map((p) => [
    p.label,
    String(p.chars),
    fmt(p.medianMs),
    fmt(p.p95Ms),
    String(p.recognized),
  ]);
  const lines = [
    `search bench — node ${r.node}, ${String(r.cpuCount)} × ${r.cpu}, load average ${r.load.map((l) => l.toFixed(1)).join(' → ')}`,
    ...columns(head, rows),
    '',
    ...columns(['paste', 'chars', 'median', 'p95', 'found'], pasteRows),
    '',
  ];
  for (const s of r.sizes) {
    if (s.buildTargetMs !== null) {
      const pass = s.build.medianMs < s.buildTargetMs;
      lines.push(
        `${verdict(pass)}  real index build (n=${String(s.size)}) median < ${String(s.buildTargetMs)} ms: ${fmt(s.build.medianMs)}`,
      );
    }
    if (s.targetMs !== null) {
      const target = `worst query median < ${String(s.targetMs)} ms`;
      lines.push(
        `${verdict(s.meetsTarget === true)}  n=${String(s.size)}: ${target}: ${fmt(s.worstMedianMs)} (${s.worstQuery})`,
      );
    }
  }
  lines.push(
    `${verdict(r.pasteWorstMedianMs < r.pasteTargetMs)}  pasted body median < 1 ms: ${fmt(r.pasteWorstMedianMs)} (worst)`,
  );
  const { hits, total, rate, misses } = r.realPastes;
  lines.push(
    `${verdict(rate >= r.realPastesTarget)}  real pastes answered ≥ ${String(r.realPastesTarget * 100)}%: ${String(hits)}/${String(total)} = ${(rate * 100).toFixed(1)}%${misses.length ? ` (missed: ${misses.join(', ')})` : ''}`,
  );
  return lines.join('\n');
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const result = runSearchBench();
  console.log(formatSearchBench(result));
  const out = resolve(dirname(fileURLToPath(import.meta.url)), 'results/search.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\nwrote ${out}`);
  if (!result.ok) process.exitCode = 1;
}
