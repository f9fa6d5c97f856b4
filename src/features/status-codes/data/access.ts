import core from './status-codes.json?core' with { type: 'json' };
import type { StatusCode, TableId } from './status-codes';

/*
 * The app's view of the data: the core fields of every code. In a Vite build the `?core` import
 * carries only those fields (scripts/vite-plugin-data.ts); elsewhere it is the whole file.
 */

export const statusCodes: readonly StatusCode[] = core.codes;

const byCode = new Map(statusCodes.map((e) => [e.code, e]));

export const findEntry = (code: number): StatusCode | undefined => byCode.get(code);

/** Whether the source page's tables list the code: 202 and 429 are returned by this API but not listed there. */
export const isInSource = (e: StatusCode): boolean => e.inSource !== false;

/** The rows of one of the source page's tables, exactly as it has them. */
export const entriesOfTable = (table: TableId) => statusCodes.filter((e) => e.table === table && isInSource(e));

/** Statuses this API returns that the source page's tables do not list, each documented elsewhere. */
export const entriesBesideTables = statusCodes.filter((e) => !isInSource(e));

export const tableDefinitions = core.tables;

/** The upstream page the seed fields follow (the Sources page). */
export const statusCodesSource = core.source;

/** Neighbours in document order (table 1 then table 2), for previous/next links. */
export function neighbours(code: number): { previous?: StatusCode; next?: StatusCode } {
  const i = statusCodes.findIndex((e) => e.code === code);
  return { previous: i > 0 ? statusCodes[i - 1] : undefined, next: statusCodes[i + 1] };
}

/** The full status line as the source writes it, e.g. "404 Not Found". */
export const statusLine = (e: StatusCode) => `${String(e.code)} ${e.reasonPhrase}`;
