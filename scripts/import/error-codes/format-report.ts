import type { ErrorCodeReport } from './merge';

const plural = (n: number, word: string): string => `${String(n)} ${word}${n === 1 ? '' : 's'}`;
const list = (items: string[]): string => (items.length ? ` (${items.join(', ')})` : '');

/** One line for the log: what the run saw, whether or not it wrote anything. */
export function formatSummary(report: ErrorCodeReport, pagePath: string, earlierPath: string | undefined): string {
  const changedCodes = new Set(report.changes.filter((c) => c.where.startsWith('code ')).map((c) => c.where)).size;
  const other = report.changes.filter((c) => !c.where.startsWith('code ')).length;
  const earlier = earlierPath
    ? ` and earlier wordings from ${earlierPath} (${plural(report.earlierWordings, 'message')} differ)`
    : ' (no earlier revision)';
  return (
    `import: read ${plural(report.rows, 'row')} (${plural(report.codes, 'code')}) from ${pagePath}${earlier}: ` +
    `${String(changedCodes)} changed, ${String(report.added.length)} added${list(report.added)}, ` +
    `${String(report.missing.length)} missing${list(report.missing)}` +
    (other ? `; ${plural(other, 'other difference')} (operations, order)` : '')
  );
}

export const hasDifferences = (report: ErrorCodeReport): boolean =>
  report.changes.length + report.added.length + report.missing.length + report.missingOperations.length > 0;

/** A -/+ listing of the upstream-owned fields that differ. */
export function formatDiff(report: ErrorCodeReport, dataPath: string, pagePath: string): string[] {
  const lines = [`--- ${dataPath} (data module)`, `+++ ${pagePath} (upstream page)`];
  for (const c of report.changes) lines.push(`  ${c.where}, ${c.field}:`, `    - ${c.before}`, `    + ${c.after}`);
  for (const code of report.added) lines.push(`  code ${code}: + on the page, not in the data module`);
  for (const code of report.missing) lines.push(`  code ${code}: - in the data module, gone from the page`);
  for (const en of report.missingOperations) {
    lines.push(`  operation ${JSON.stringify(en)}: - in the data module, gone from the page`);
  }
  return lines;
}
