import { CODE_PATTERN, STATUSES, type Status } from '../../../src/features/error-codes/data/error-codes.schema';
import { ImportError, quote } from '../import-error';
import { cellText, readGridTables, type GridRow, type GridWhere } from './grid-table';

export interface ErrorCodeRow {
  /** 1-based body row and line, for messages. */
  row: number;
  line: number;
  /** The Module cell, carried down from the row that last filled it. */
  operation: string;
  statuses: Status[];
  code: string;
  /** Verbatim apart from rST escaping and line wrapping (see cellText). */
  message: string;
  /** Upstream prose: read only to keep our texts from copying it. */
  description: string;
  handling: string;
}

type ColumnKey = 'operation' | 'statuses' | 'code' | 'message' | 'description' | 'handling';
// Found by header text, not position, so a reordered upstream table still imports.
const HEADERS: Record<string, ColumnKey> = {
  Module: 'operation',
  'Status Code': 'statuses',
  'Error Code': 'code',
  Message: 'message',
  Description: 'description',
  'Handling Measure': 'handling',
};
const HEADER_LIST = Object.keys(HEADERS).join(' | ');
const isStatus = (n: number): n is Status => (STATUSES as readonly number[]).includes(n);

type Fail = (where: GridWhere, why: string) => never;
const place = ({ table, row, line }: GridWhere): string => {
  const rowPart = row === undefined ? '' : row === 'header' ? ', header' : `, row ${String(row)}`;
  return `table ${String(table)}${rowPart} (line ${String(line)})`;
};
const labelsOf = (row: GridRow | undefined): string[] =>
  (row?.cells ?? []).map((c) => cellText(c).replace(/\s+/g, ' '));

function columnsOf(header: GridRow[], where: GridWhere, fail: Fail): ColumnKey[] {
  if (header.length !== 1) fail(where, `${String(header.length)} header rows above the +===+ separator, expected one`);
  const columns = labelsOf(header[0]).map((label, i) =>
    Object.hasOwn(HEADERS, label)
      ? (HEADERS[label] as ColumnKey)
      : fail(where, `column ${String(i + 1)} has unexpected header ${quote(label)}`),
  );
  for (const [label, key] of Object.entries(HEADERS)) {
    const count = columns.filter((c) => c === key).length;
    if (count !== 1)
      fail(where, count ? `column ${quote(label)} appears ${String(count)} times` : `missing column ${quote(label)}`);
  }
  return columns;
}

function parseStatuses(cell: string, fail: (why: string) => never): Status[] {
  if (!cell) fail('empty Status Code cell');
  const statuses = cell.split('/').map((part) => {
    const text = part.trim();
    if (!/^\d{3}$/.test(text)) fail(`status ${quote(text)} is not a 3-digit number`);
    const n = Number(text);
    return isStatus(n) ? n : fail(`unknown status ${quote(text)} (expected ${STATUSES.join(', ')})`);
  });
  if (new Set(statuses).size !== statuses.length) fail(`status listed twice in ${quote(cell)}`);
  return statuses;
}

function parseRow(
  columns: ColumnKey[],
  row: GridRow,
  previous: ErrorCodeRow | undefined,
  fail: (why: string) => never,
) {
  const cell = (key: ColumnKey): string => cellText(row.cells[columns.indexOf(key)] ?? []);
  const operation = cell('operation').replace(/\s+/g, ' ') || previous?.operation;
  if (!operation) fail('empty Module cell and no row above to carry it down from');
  const statuses = parseStatuses(cell('statuses'), fail);
  const code = cell('code');
  if (!new RegExp(CODE_PATTERN).test(code)) fail(`error code ${quote(code)} is not "VPC." and four digits`);
  const message = cell('message');
  if (!message) fail(`empty Message cell for ${code}`);
  return { operation, statuses, code, message, description: cell('description'), handling: cell('handling') };
}

/** The rows of the error-code table in `source`; throws an ImportError naming `file`, table, row and line. */
export function parseErrorCodePage(source: string, file: string): ErrorCodeRow[] {
  if (source.trim() === '') throw new ImportError(file, 'the file is empty');
  const fail: Fail = (where, why) => {
    throw new ImportError(file, `${place(where)}: ${why}`);
  };
  const tables = readGridTables(source, fail).map((table, i) => ({ table, number: i + 1 }));
  // A table that lost a column is still ours when most headers match: that reads as "missing column".
  const ours = tables.filter(({ table: t }) => {
    const labels = labelsOf(t.header[0] ?? t.body[0]);
    return labels.filter((l) => Object.hasOwn(HEADERS, l)).length >= 3;
  });
  const [found, second] = ours;
  if (!found) throw new ImportError(file, `not an error-code page: no grid table headed ${HEADER_LIST}`);
  const { table, number: tableNumber } = found;
  if (second) fail({ table: second.number, line: second.table.line }, 'a second error-code table');
  if (table.header.length === 0)
    fail({ table: tableNumber, line: table.line }, 'no header row above a +===+ separator');
  const columns = columnsOf(table.header, { table: tableNumber, row: 'header', line: table.header[0]!.line }, fail);
  if (table.body.length === 0) fail({ table: tableNumber, line: table.line }, 'the table has no rows');
  const rows: ErrorCodeRow[] = [];
  const seen = new Map<string, number>();
  table.body.forEach((gridRow, r) => {
    const where = { table: tableNumber, row: r + 1, line: gridRow.line };
    const parsed = parseRow(columns, gridRow, rows[r - 1], (why) => fail(where, why));
    // Rows that repeat module, code, statuses and message but give another cause are upstream's way of
    // listing several causes of one message; only a row identical in every cell is a mistake.
    const key = JSON.stringify(parsed);
    const first = seen.get(key);
    if (first) fail(where, `duplicate row: every cell repeats row ${String(first)}`);
    seen.set(key, r + 1);
    rows.push({ row: r + 1, line: gridRow.line, ...parsed });
  });
  return rows;
}

/*
 * A Message cell may list several messages: as paragraphs, or joined by a `\n` written into the text
 * (VPC.9907). A client receives one of them at a time, so each becomes a row of its own, in cell order;
 * a numbered list ("1. …", "2. …") loses its numbers, which only enumerate the list.
 */
export function messagesOf(cell: string): string[] {
  const parts = cell
    .split(/\n|\\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const numbered = parts.length > 1 && parts.every((p, i) => p.startsWith(`${String(i + 1)}. `));
  return numbered ? parts.map((p, i) => p.slice(`${String(i + 1)}. `.length)) : parts;
}

export const oneRowPerMessage = (rows: ErrorCodeRow[]): ErrorCodeRow[] =>
  rows.flatMap((row) => messagesOf(row.message).map((message) => ({ ...row, message })));
