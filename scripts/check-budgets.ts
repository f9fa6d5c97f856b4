// Checks the built site against its static size budgets (scripts/lib/budgets.ts): prints every page's
// figures, then exits 1 with the measured figures when a budget is exceeded.
//   tsx scripts/check-budgets.ts [--dir dist] [--base /]   (base defaults to $BASE_PATH or "/")
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { BUDGETS, checkBudgets, formatKb, formatMeasurement, measureDist, summarizeViolations } from './lib/budgets';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
  },
});
if (!existsSync(values.dir)) {
  console.error(`${values.dir} does not exist: run "npm run build" first.`);
  process.exit(1);
}

const measurement = measureDist(values.dir, { base: values.base });
if (measurement.pages.length === 0) {
  console.error(`No HTML pages in ${values.dir}.`);
  process.exit(1);
}
console.log(formatMeasurement(measurement));
const budgets = `JS before the app ≤ ${formatKb(BUDGETS.prePaintJs)}, CSS ≤ ${formatKb(BUDGETS.css)} per page, index HTML ≤ ${formatKb(BUDGETS.indexHtml)}`;
console.log(`\ngzip level ${String(measurement.gzipLevel)}, 1 kB = 1000 bytes. Budgets: ${budgets}.`);
console.log(
  `(All JS of a first visit, ≤ ${formatKb(BUDGETS.firstVisitJs)}, is measured in a browser: e2e/budgets.spec.ts.)`,
);

const violations = checkBudgets(measurement);
if (violations.length === 0) {
  console.log(`All ${String(measurement.pages.length)} pages are within budget.`);
} else {
  console.error(
    `\n✗ Over budget:\n${summarizeViolations(violations)
      .map((line) => `  ${line}`)
      .join('\n')}`,
  );
  process.exit(1);
}
