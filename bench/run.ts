/*
 * `npm run bench`: builds the production site, serves it locally and measures how far it is from the
 * floor: each measured page against its reference, the same page without JavaScript served beside it
 * (bench/lib/reference.ts), in Lighthouse (mobile preset, simulated and devtools throttling, median of
 * N interleaved runs). Also a first visit of one page of every kind until the network is idle, the
 * size budgets, the JS by package, the search timings and the npm package's sizes and start-up. Prints a report and writes it with all
 * figures to bench/results/latest.json.
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
import { compareWithReferences, METHOD_LABEL, type PageComparison } from './lib/lighthouse';
import { describeMachine } from './lib/machine';
import { chunksOf, jsBreakdown, type JsBreakdown } from './lib/packages';
import { firstVisitPages, samplePath } from './lib/pages';
import { writeReferences } from './lib/reference';
import { checkTargets, formatReport, ratioTable, type BenchResult } from './lib/report';
import { ms } from './lib/table';
import { measureTransfers, type PageTransfer } from './lib/transfer';
import { buildSite, freePort, originFor, serveSite } from './lib/site';
import { formatPackageBench, runPackageBench } from './package-bench';
import { runSearchBench } from './search-bench';

/** The pages held to the floor, by kind, from the route table: the index, a status code, the error codes and one of them. */
const PAGES = [
  samplePath('index', 'zh', {}),
  samplePath('code', 'en', { code: 404 }),
  samplePath('errors-index', 'en', {}),
  samplePath('error-code', 'en', { code: 'VPC.0114' }),
];
const FIRST_VISITS = firstVisitPages();
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
// Written after the budgets are measured: the references are not pages of the site.
const references = writeReferences(outDir, PAGES);

const server = await serveSite(outDir, port, gzip);
let rest: Pick<BenchResult, 'transfers' | 'search' | 'lighthouse'>;
let js: JsBreakdown[];
try {
  step(
    `Loading ${String(FIRST_VISITS.length)} pages (one of every kind in each language) in Chromium until the network is idle`,
  );
  const transfers = await measureTransfers(
    origin,
    FIRST_VISITS.map((v) => v.path),
    chromePath,
  );

  step('Attributing first-visit JS to packages (in-memory Vite build)');
  const chunks = await chunksOf(root);
  const jsFiles = (t: PageTransfer) =>
    new Map(
      t.files.filter((f) => f.kind === 'js' && !f.repeat).map((f) => [f.url.replace(/^\//, ''), f.gzip] as const),
    );
  const heaviest = [...transfers].sort((a, b) => b.gzip.js - a.gzip.js)[0]!;
  js = [
    jsBreakdown(
      root,
      chunks,
      'every page measured (each file once)',
      new Map(transfers.flatMap((t) => [...jsFiles(t)])),
    ),
    jsBreakdown(root, chunks, `the heaviest first visit, ${heaviest.path}`, jsFiles(heaviest)),
  ];

  step('Search benchmark');
  const search = runSearchBench({ quiet: true });

  const total = runs * 2 * PAGES.length * 2;
  let done = 0;
  step(
    `Lighthouse: ${String(PAGES.length)} pages and their references × ${String(runs)} runs × 2 methods (${String(total)} runs)`,
  );
  const lighthouse: PageComparison[] = await compareWithReferences(
    origin,
    references.map(({ path, referencePath }) => ({ path, referencePath })),
    runs,
    chromePath,
    ({ run, method, path, outcome }) => {
      done++;
      const what =
        outcome instanceof Error
          ? `failed: ${outcome.message}`
          : `Performance ${String(outcome.performance)}, FCP ${ms(outcome.fcpMs)}, LCP ${ms(outcome.lcpMs)}, TBT ${ms(outcome.tbtMs)}`;
      console.error(
        `  [${String(done)}/${String(total)}] run ${String(run + 1)} ${METHOD_LABEL[method]} ${path}: ${what}`,
      );
    },
  );
  console.error(`\n${ratioTable(lighthouse)}`);
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
  firstVisits: FIRST_VISITS,
  budgets: { measurement, violations },
  js,
  references,
  ...rest,
};
step('npm package benchmark (sizes of the explain entries, start-up of the command)');
const npmPackage = runPackageBench({ quiet: true });
const result: BenchResult = { ...partial, targets: checkTargets(partial) };
const report = `${formatReport(result)}\n\n${formatPackageBench(npmPackage)}`;
console.log(report);
mkdirSync(dirname(resultFile), { recursive: true });
writeFileSync(resultFile, `${JSON.stringify({ ...result, npmPackage, report }, null, 2)}\n`);
console.log(`\nwrote ${resultFile}`);
