import { parse } from 'parse5';
import type { TableId } from '../../../src/features/status-codes/data/status-codes';
import { cellsOf, rowsOf, tablesWithLeadingText, textOf } from './html-tree';
import { ImportError, quote } from '../import-error';

export type ColumnKey = 'code' | 'type' | 'description';
export interface ParsedRow {
  code: number;
  reasonPhrase: string;
  /** The 说明 cell, trimmed but otherwise verbatim. */
  description: string;
}
export interface ParsedTable {
  id: TableId;
  /** E.g. "表 1 正常返回值": the bold line before the table, whitespace runs folded to one space. */
  caption: string;
  columns: { key: ColumnKey; label: string }[];
  rows: ParsedRow[];
}

// Columns are found by their header text, not position, so a reordered upstream table still imports.
const HEADERS: Record<TableId, Record<string, ColumnKey>> = {
  success: { 正常返回码: 'code', 类型: 'type', 说明: 'description' },
  error: { 返回值: 'code', 说明: 'description' },
};
const CAPTION_WORDS: Record<TableId, string> = { success: '正常返回值', error: '异常返回值' };
const fold = (s: string): string => s.replace(/\s+/g, ' ').trim();

function classify(headers: string[], caption: string): TableId | undefined {
  if (headers.includes('正常返回码')) return 'success';
  if (headers.includes('返回值')) return 'error';
  // A table that lost its code column is still ours when its caption says so: that should read as
  // "missing column", not as "no table found".
  return (['success', 'error'] as const).find((id) => caption.includes(CAPTION_WORDS[id]));
}

function captionFrom(leadingText: string): string {
  const lines = [...leadingText.matchAll(/\*\*\s*(表\s*\d+)\s*\*\*([^\n]*)/g)];
  const last = lines[lines.length - 1];
  return last ? fold(`${last[1] ?? ''} ${last[2] ?? ''}`) : '';
}

function parseRow(
  id: TableId,
  columns: ParsedTable['columns'],
  cells: string[],
  fail: (why: string) => never,
): ParsedRow {
  if (cells.length !== columns.length) fail(`expected ${String(columns.length)} cells, found ${String(cells.length)}`);
  const cell = (key: ColumnKey): string => cells[columns.findIndex((c) => c.key === key)] ?? '';
  const codeCell = fold(cell('code'));
  const match = id === 'success' ? /^(\d{3})$/.exec(codeCell) : /^(\d{3}) (.+)$/.exec(codeCell);
  const expected = id === 'success' ? 'a 3-digit status code' : 'a 3-digit status code and its reason phrase';
  const code = match ? Number(match[1]) : NaN;
  // Checked on the number too: NaN passes any range comparison, so a loosened pattern must not let text through.
  if (!match || !Number.isInteger(code)) fail(`code cell ${quote(codeCell)} is not ${expected}`);
  if (code < 100 || code > 599) fail(`${String(code)} is not an HTTP status code (100–599)`);
  const reasonPhrase = id === 'success' ? fold(cell('type')) : (match[2] ?? '');
  if (!reasonPhrase) fail('empty 类型 cell');
  const description = cell('description');
  if (!description) fail('empty 说明 cell');
  return { code, reasonPhrase, description };
}

type Fail = (why: string, row?: number) => never;

function parseTable(id: TableId, caption: string, headers: string[], body: string[][], fail: Fail): ParsedTable {
  const columns = headers.map((label, i) => {
    const key = Object.hasOwn(HEADERS[id], label) ? HEADERS[id][label] : undefined;
    return key ? { key, label } : fail(`column ${String(i + 1)} has unexpected header ${quote(label)}`);
  });
  for (const [label, key] of Object.entries(HEADERS[id])) {
    const count = columns.filter((c) => c.key === key).length;
    if (count !== 1)
      fail(count === 0 ? `missing column ${quote(label)}` : `column ${quote(label)} appears ${String(count)} times`);
  }
  if (body.length === 0) fail('the table has no rows');
  const rows = body.map((cells, r) => parseRow(id, columns, cells, (why) => fail(why, r + 1)));
  return { id, caption, columns, rows };
}

/** Reads the two status-code tables of `source`; throws an ImportError naming `file`, table and row. */
export function parseDocument(source: string, file: string): ParsedTable[] {
  if (source.trim() === '') throw new ImportError(file, 'the file is empty');
  const tables = new Map<TableId, ParsedTable>();
  const firstSeen = new Map<number, string>();
  tablesWithLeadingText(parse(source)).forEach(({ table, leadingText }, index) => {
    const [head, ...body] = rowsOf(table).map((row) => cellsOf(row).map((cell) => textOf(cell).trim()));
    const headers = (head ?? []).map(fold);
    const caption = captionFrom(leadingText);
    const id = classify(headers, caption);
    if (!id) return; // Not a status-code table; the document may carry others.
    const where = `table ${String(index + 1)}${caption ? ` ${quote(caption)}` : ''}`;
    const fail: Fail = (why, row) => {
      throw new ImportError(file, `${where}${row ? `, row ${String(row)}` : ''}: ${why}`);
    };
    if (tables.has(id)) fail(`a second ${id} table`);
    if (!caption) fail('no caption line such as "**表 1**  正常返回值" before it');
    const parsed = parseTable(id, caption, headers, body, fail);
    parsed.rows.forEach(({ code }, r) => {
      const before = firstSeen.get(code);
      if (before) fail(`duplicate code ${String(code)} (first in ${before})`, r + 1);
      firstSeen.set(code, `table ${String(index + 1)}, row ${String(r + 1)}`);
    });
    tables.set(id, parsed);
  });
  if (tables.size === 0) {
    throw new ImportError(file, 'not a status-code document: no table headed 正常返回码/类型/说明 or 返回值/说明');
  }
  for (const id of ['success', 'error'] as const) {
    if (!tables.has(id)) throw new ImportError(file, `no ${id} table (headed ${Object.keys(HEADERS[id]).join('/')})`);
  }
  return [...tables.values()];
}
