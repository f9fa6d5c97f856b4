import type { MergeReport } from './merge';

const plural = (n: number, word: string): string => `${String(n)} ${word}${n === 1 ? '' : 's'}`;

/** One line for the log: what the run saw, whether or not it wrote anything. */
export function formatSummary(report: MergeReport, documentPath: string): string {
  const changedCodes = new Set(report.changes.filter((c) => c.where.startsWith('code ')).map((c) => c.where)).size;
  const other = report.changes.length - report.changes.filter((c) => c.where.startsWith('code ')).length;
  const list = (codes: number[]): string => (codes.length ? ` (${codes.join(', ')})` : '');
  return (
    `import: read ${plural(report.read, 'code')} from ${documentPath}: ${String(changedCodes)} changed, ` +
    `${String(report.added.length)} added${list(report.added)}, ${String(report.missing.length)} missing${list(report.missing)}` +
    (other ? `; ${plural(other, 'other difference')} (captions, headers, order)` : '')
  );
}

export const hasDifferences = (report: MergeReport): boolean =>
  report.changes.length + report.added.length + report.missing.length > 0;

/** A -/+ listing of the seed-derived fields that differ, in the order a reviewer would fix them. */
export function formatDiff(report: MergeReport, dataPath: string, documentPath: string): string[] {
  const lines = [`--- ${dataPath} (data module)`, `+++ ${documentPath} (document)`];
  for (const c of report.changes) {
    lines.push(`  ${c.where}, ${c.field}:`, `    - ${JSON.stringify(c.before)}`, `    + ${JSON.stringify(c.after)}`);
  }
  for (const code of report.added) lines.push(`  code ${String(code)}: + in the document, not in the data module`);
  for (const code of report.missing) lines.push(`  code ${String(code)}: - in the data module, gone from the document`);
  return lines;
}
