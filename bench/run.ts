/*
 * `npm run bench`: builds the production site, serves it locally and measures it: first-load bytes,
 * size budgets and the JS by package and route, Lighthouse (mobile, median of 5 runs per page) and the
 * search timings. Prints a report and writes it with all figures to bench/results/latest.json.
 *
 *   npm run bench [-- --runs 5] [-- --uncompressed]
 *
 * The site is served through a gzip proxy (level 6) unless --uncompressed, which measures the bare
 * static server (scripts/lib/static-server.ts) the way object storage without compression serves it.
 *
 * Not part of `npm test`: the timings depend on the machine. The deterministic size budgets are
 * checked by `tsx scripts/check-budgets.ts` and e2e/budgets.spec.ts instead.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkBudgets, measureDist } from '../scripts/lib/budgets';
import { ensureChromium } from '../scripts/lib/find-chromium.mjs';
import { ensureCjkFont } from './lib/font';
import { runLighthouse, type LighthousePage } from './lib/lighthouse';
import { describeMachine } from './lib/machine';
import { jsBreakdown, type JsBreakdown } from './lib/packages';
import { checkTargets, formatReport, type BenchResult } from './lib/report';
import { ms } from './lib/table';
import { measureTransfers } from './lib/transfer';
import { buildSite, freePort, originFor, serveSite } from './lib/site';
import { runSearchBench } from './search-bench';
import { samplePath } from './lib/pages';

/** The pages measured, by kind, from the route table: the index, a code page and the embedded tables. */
const PAGES = [
  samplePath('index', 'zh', {}),
  samplePath('code', 'en', { code: 404 }),
  samplePath('embed-index', 'en', {}),
];
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'dist-bench'); // not dist/: other work may be serving or testing it
const resultFile = join(root, 'bench/results/latest.json');

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, uncompressed: { type: 'boolean', default: false } },
});
const gzip = !values.uncompressed;
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, got ${values.runs}`);

const started = performance.now();
const step = (label: string) =>
  console.error(`\n▶ ${label} (${String(Math.round((performance.now() - started) / 1000))} s)`);

step('Checking for a CJK font and Chromium');
const cjkFont = ensureCjkFont();
const chromePath = await ensureChromium();
const machine = describeMachine(root, chromePath, cjkFont);

const port = await freePort();
const origin = originFor(port);
step(`Building the site into ${outDir} (SITE_URL ${origin}/)`);
buildSite(root, outDir, origin);
const measurement = measureDist(outDir);
const violations = checkBudgets(measurement);

const server = await serveSite(outDir, port, gzip);
let rest: Pick<BenchResult, 'transfers' | 'search' | 'lighthouse'>;
let js: JsBreakdown;
try {
  step(`Loading ${PAGES.join(', ')} in Chromium for transferred bytes`);
  const transfers = await measureTransfers(origin, PAGES, chromePath);

  step('Attributing start-up JS to packages (in-memory Vite build)');
  const startupFiles = new Map(
    transfers.flatMap((t) =>
      t.files.filter((f) => f.kind === 'js' && f.startup).map((f) => [f.url.replace(/^\//, ''), f.gzip] as const),
    ),
  );
  js = await jsBreakdown(root, startupFiles);

  step('Search benchmark');
  const search = runSearchBench({ quiet: true });

  const lighthouse: LighthousePage[] = [];
  for (const path of PAGES) {
    step(`Lighthouse × ${String(runs)}: ${path}`);
    const page = await runLighthouse(origin, path, runs, chromePath, (run, i) =>
      console.error(`  run ${String(i + 1)}: Performance ${String(run.performance)}, LCP ${ms(run.lcpMs)}`),
    );
    if (!page.available) console.error('  not available (404)');
    lighthouse.push(page);
  }
  rest = { transfers, search, lighthouse };
} finally {
  await server.close();
}

const partial = {
  date: new Date().toISOString(),
  durationS: (performance.now() - started) / 1000,
  machine,
  lighthouseRuns: runs,
  served: gzip ? ('gzip level 6' as const) : ('uncompressed' as const),
  budgets: { measurement, violations },
  js,
  ...rest,
};
const result: BenchResult = { ...partial, targets: checkTargets(partial) };
const report = formatReport(result);
console.log(report);
mkdirSync(dirname(resultFile), { recursive: true });
writeFileSync(resultFile, `${JSON.stringify({ ...result, report }, null, 2)}\n`);
console.log(`\nwrote ${resultFile}`);
