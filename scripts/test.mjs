#!/usr/bin/env node
// `npm test`: every check, in order of speed, ending with one "N passed, N failed" line for CI.
// Static checks count one each; test runners contribute their own test counts.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './lib/find-chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const seed = resolve(root, '..', 'shared', 'seed', '000_505a4803bfc28fc4.txt');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const totals = { passed: 0, failed: 0, skipped: 0 };
// Vite warns that its config would need changes for a future native config loader; nothing to act on yet.
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function check(label, command, args) {
  if (run(label, command, args)) totals.passed += 1;
  else {
    totals.failed += 1;
    console.log(`✗ ${label} failed`);
  }
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** Runs a test runner that writes a JSON report; counts its tests, or one failure if it produced none. */
function suite(label, command, args, report, count, env) {
  rmSync(report, { force: true });
  const ok = run(label, command, args, env);
  const data = readJson(report);
  if (!data) {
    totals.failed += 1;
    console.log(`✗ ${label}: no report written`);
    return;
  }
  const c = count(data);
  totals.passed += c.passed;
  totals.failed += c.failed;
  totals.skipped += c.skipped;
  if (!ok && c.failed === 0) totals.failed += 1; // the runner failed outside any test
}

check('Type check', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
check('Lint', bin('eslint'), ['.']);
check('Format', bin('prettier'), ['--check', '.']);
// The bench runs the recogniser and search with tsx, outside Vite: its modules must load there.
check('The benchmark loads outside Vite', bin('tsx'), [
  '-e',
  "import('./bench/search-bench.ts').then(() => undefined)",
]);
if (existsSync(seed)) check('Data matches the source document', bin('tsx'), ['scripts/import/cli.ts', seed, '--check']);
else console.log(`\n(skipping the source-document check: ${seed} not found)`);
if (existsSync(join(root, '../shared/upstream/vpc-error-codes/error_codes.rst')))
  check('Error-code data matches the upstream page', bin('tsx'), [
    'scripts/import/cli.ts',
    '../shared/upstream/vpc-error-codes/error_codes.rst',
    '--check',
  ]);
else console.log('\n(skipping the error-code check: ../shared/upstream/vpc-error-codes/error_codes.rst not found)');

suite(
  'Unit tests',
  bin('vitest'),
  ['run', '--reporter=default', '--reporter=json', '--outputFile=reports/vitest.json'],
  join(root, 'reports', 'vitest.json'),
  (d) => ({ passed: d.numPassedTests, failed: d.numFailedTests, skipped: d.numPendingTests + d.numTodoTests }),
);

// Packs, installs and runs the npm package (it builds pkg/ itself, so a clean checkout needs nothing first).
check('Package installs from its tarball and runs', 'node', ['scripts/check-package.mjs']);

const hosting = readJson(join(root, 'e2e', 'hosting-config.json'));
const builds =
  run('Production build', 'node', ['scripts/build.mjs']) &&
  run('Production build under a sub-path', 'node', ['scripts/build.mjs', '--out-dir', hosting.subpath.dir], {
    BASE_PATH: hosting.subpath.base,
    SITE_URL: hosting.subpath.siteUrl,
  });
if (builds) {
  totals.passed += 1;
  check('Size budgets', bin('tsx'), ['scripts/check-budgets.ts']);
  const chromium = await ensureChromium();
  console.log(`Using Chromium at ${chromium}`);
  suite(
    'End-to-end tests',
    bin('playwright'),
    ['test'],
    join(root, 'reports', 'playwright.json'),
    (d) => ({
      passed: d.stats.expected + d.stats.flaky,
      failed: d.stats.unexpected,
      skipped: d.stats.skipped,
    }),
    { CHROMIUM_PATH: chromium },
  );
} else {
  totals.failed += 1;
  console.log('✗ A production build failed: end-to-end tests not run');
}

const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed === 0 ? 0 : 1);
