import type {
  ErrorCodeData,
  ErrorCodeEntry,
  Occurrence,
  Operation,
} from '../../../src/features/error-codes/data/error-codes.schema';
import type { RowWithEarlier } from './earlier';

/** One importer-owned field that differs; `where` is "code VPC.0002", "operations" or "codes". */
export interface Change {
  where: string;
  field: string;
  before: string;
  after: string;
}
export interface ErrorCodeReport {
  rows: number;
  codes: number;
  /** Occurrences whose earlier revision worded the message differently. */
  earlierWordings: number;
  changes: Change[];
  added: string[];
  missing: string[];
  /** Operations no longer named by any upstream row; kept like vanished codes. */
  missingOperations: string[];
}

export const describeOccurrence = (o: Occurrence | undefined): string =>
  o
    ? `${o.operation} | ${o.statuses.join('/')} | ${JSON.stringify(o.message)}` +
      (o.earlierMessage === undefined ? '' : ` | earlier ${JSON.stringify(o.earlierMessage)}`)
    : '(none)';

function occurrencesByCode(rows: RowWithEarlier[]): Map<string, Occurrence[]> {
  const byCode = new Map<string, Occurrence[]>();
  for (const row of rows) {
    const occurrence: Occurrence = { operation: row.operation, statuses: row.statuses, message: row.message };
    if (row.earlierMessage !== undefined) occurrence.earlierMessage = row.earlierMessage;
    const list = byCode.get(row.code) ?? [];
    // The data carries facts only, so rows that differ only in upstream's prose are one occurrence.
    const key = describeOccurrence(occurrence);
    if (!list.some((o) => describeOccurrence(o) === key)) list.push(occurrence);
    byCode.set(row.code, list);
  }
  return byCode;
}

/** A code new upstream: our fields are left empty so the data contract names each one. */
const newEntry = (code: string, occurrences: Occurrence[]): ErrorCodeEntry => ({
  code,
  area: '',
  title: { en: '', zh: '' },
  meaning: { en: '', zh: '' },
  action: { en: '', zh: '' },
  retry: 'after-fix',
  occurrences,
});

function mergeOperations(
  existing: Operation[],
  rows: RowWithEarlier[],
): { operations: Operation[]; missing: string[] } {
  const upstream = [...new Set(rows.map((r) => r.operation))];
  const zhOf = new Map(existing.map((o) => [o.en, o.zh]));
  // A vanished operation stays (at the end) until someone removes it on purpose, like a vanished code.
  const missing = existing.map((o) => o.en).filter((en) => !upstream.includes(en));
  const operations = [...upstream, ...missing].map((en) => ({ en, zh: zhOf.get(en) ?? '' }));
  return { operations, missing };
}

/** Updates the upstream-owned fields of `existing` from the page's rows; everything else is carried over. */
export function mergeErrorCodes(
  existing: ErrorCodeData,
  rows: RowWithEarlier[],
): { data: ErrorCodeData; report: ErrorCodeReport } {
  const changes: Change[] = [];
  const note = (where: string, field: string, before: string, after: string): void => {
    if (before !== after) changes.push({ where, field, before, after });
  };
  const { operations, missing: missingOperations } = mergeOperations(existing.operations, rows);
  note('operations', 'en', existing.operations.map((o) => o.en).join(' / '), operations.map((o) => o.en).join(' / '));

  const byCode = new Map(existing.codes.map((c) => [c.code, c]));
  const fromPage = occurrencesByCode(rows);
  const added: string[] = [];
  const merged = [...fromPage].map(([code, occurrences]) => {
    const old = byCode.get(code);
    if (!old) {
      added.push(code);
      return newEntry(code, occurrences);
    }
    const length = Math.max(old.occurrences.length, occurrences.length);
    for (let i = 0; i < length; i++) {
      note(
        `code ${code}`,
        `occurrences[${String(i)}]`,
        describeOccurrence(old.occurrences[i]),
        describeOccurrence(occurrences[i]),
      );
    }
    return { ...old, occurrences };
  });
  const missing = existing.codes.filter((c) => !fromPage.has(c.code));
  const codes = [...merged, ...missing].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  note(
    'codes',
    'order',
    existing.codes.map((c) => c.code).join(', '),
    [...existing.codes.map((c) => c.code)].sort().join(', '),
  );

  return {
    data: { ...existing, operations, codes },
    report: {
      rows: rows.length,
      codes: fromPage.size,
      earlierWordings: rows.filter((r) => r.earlierMessage !== undefined).length,
      changes,
      added: added.sort(),
      missing: missing.map((c) => c.code),
      missingOperations,
    },
  };
}
