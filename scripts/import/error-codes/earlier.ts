import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ImportError, quote } from '../import-error';
import type { ErrorCodeRow } from './parse-page';

/**
 * The earlier revision kept beside a page: `error_codes.2025-10-15.rst` next to `error_codes.rst`. With
 * several, the latest date is the revision just before the page, whose wordings clients most likely see.
 */
export function findEarlierRevision(pagePath: string): string | undefined {
  const ext = path.extname(pagePath);
  const stem = path.basename(pagePath, ext);
  const dir = path.dirname(pagePath);
  const dated = new RegExp(
    `^${stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(\\d{4}-\\d{2}-\\d{2})${ext.replace('.', '\\.')}$`,
  );
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return undefined;
  }
  const latest = names
    .filter((n) => dated.test(n))
    .sort()
    .pop();
  return latest === undefined ? undefined : path.join(dir, latest);
}

export type RowWithEarlier = ErrorCodeRow & { earlierMessage?: string };

const describe = (r: ErrorCodeRow): string => `${r.code} ${r.statuses.join('/')} under ${quote(r.operation)}`;

/**
 * Pairs each row with the same row of the earlier revision and keeps its message where the wording differs.
 * The revisions must list the same rows (operation, code, statuses) in the same order: anything else means
 * the rows cannot be matched with confidence, and guessing would attach a wording to the wrong occurrence.
 */
export function withEarlierMessages(
  rows: ErrorCodeRow[],
  earlier: ErrorCodeRow[],
  pagePath: string,
  earlierPath: string,
): RowWithEarlier[] {
  if (earlier.length !== rows.length) {
    throw new ImportError(
      earlierPath,
      `${String(earlier.length)} rows, but ${pagePath} has ${String(rows.length)}: the revisions must list the same rows in the same order`,
    );
  }
  return rows.map((row, i) => {
    const before = earlier[i]!;
    if (describe(before) !== describe(row)) {
      throw new ImportError(
        earlierPath,
        `row ${String(before.row)} (line ${String(before.line)}): ${describe(before)} does not correspond to row ${String(row.row)} of ${pagePath} (${describe(row)})`,
      );
    }
    return before.message === row.message ? row : { ...row, earlierMessage: before.message };
  });
}
