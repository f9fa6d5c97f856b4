import { statusCodeData, statusCodes, type StatusCodeEntry, type TableId } from './status-codes';

const byCode = new Map(statusCodes.map((e) => [e.code, e]));

export const findEntry = (code: number): StatusCodeEntry | undefined => byCode.get(code);

export const entriesOfTable = (table: TableId) => statusCodes.filter((e) => e.table === table);

export const tableDefinitions = statusCodeData.tables;

/** Neighbours in document order (table 1 then table 2), for previous/next links. */
export function neighbours(code: number): { previous?: StatusCodeEntry; next?: StatusCodeEntry } {
  const i = statusCodes.findIndex((e) => e.code === code);
  return { previous: i > 0 ? statusCodes[i - 1] : undefined, next: statusCodes[i + 1] };
}

/** The full status line as the source writes it, e.g. "404 Not Found". */
export const statusLine = (e: StatusCodeEntry) => `${String(e.code)} ${e.reasonPhrase}`;
