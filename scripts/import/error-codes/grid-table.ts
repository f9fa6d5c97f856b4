/*
 * A reader for reStructuredText grid tables, as much of them as the upstream error-code page uses: a top
 * border, header rows over a `+===+` separator, body rows of one or more lines, every row spanning every
 * column. Anything else (a `|` off its column border, a cell spanning columns or rows, a missing border) is
 * an error naming the line, since reading it "somehow" would silently shift text into the wrong column.
 * Columns are counted in characters, which is right for the ASCII page; East Asian wide characters would
 * need display widths.
 */

export interface GridRow {
  /** 1-based line of the row's first text line. */
  line: number;
  /** Per column, the text between its borders on each line of the row, untrimmed. */
  cells: string[][];
}
export interface GridTable {
  /** 1-based line of the top border. */
  line: number;
  /** Rows above the `+===+` separator; empty when the table has none. */
  header: GridRow[];
  body: GridRow[];
}
export interface GridWhere {
  table: number;
  /** "header" or a 1-based body row; absent for a border line. */
  row?: number | 'header';
  line: number;
}
export type GridFail = (where: GridWhere, why: string) => never;

const TOP_BORDER = /^( *)\+(?:-+\+)+\s*$/;
const plusesOf = (line: string): number[] => [...line].flatMap((c, i) => (c === '+' ? [i] : []));

interface Line {
  line: number;
  text: string;
}

function readTable(lines: string[], start: number, table: number, fail: GridFail): { table: GridTable; end: number } {
  const indent = TOP_BORDER.exec(lines[start] ?? '')?.[1]?.length ?? 0;
  const top = (lines[start] ?? '').slice(indent).trimEnd();
  const borders = plusesOf(top);
  const columnName = (k: number, names: string[]): string =>
    names.length
      ? `between ${JSON.stringify(names[k - 1])} and ${JSON.stringify(names[k])}`
      : `after column ${String(k)}`;
  const header: GridRow[] = [];
  const body: GridRow[] = [];
  let names: string[] = [];
  let sawHeaderSeparator = false;
  let current: Line[] = [];
  const rowLabel = (): number | 'header' => (sawHeaderSeparator ? body.length + 1 : 'header');

  const checkRowLine = (text: string, line: number): void => {
    const where: GridWhere = { table, row: rowLabel(), line };
    if (borders.some((b) => text[b] === '+')) fail(where, 'cells spanning rows or columns are not supported');
    borders.forEach((b, k) => {
      if (text[b] === '|') return;
      const side =
        k === 0 ? 'at the left border' : k === borders.length - 1 ? 'at the right border' : columnName(k, names);
      fail(where, `ragged row: no "|" ${side} (character ${String(b + indent + 1)})`);
    });
    if (text.length > top.length) fail(where, 'ragged row: text after the right border');
  };

  const closeRow = (line: number, separator: 'row' | 'header'): void => {
    if (current.length === 0) fail({ table, line }, 'a border right after another border: a row with no text');
    const cells = borders.slice(1).map((right, k) => current.map((l) => l.text.slice((borders[k] ?? 0) + 1, right)));
    const row = { line: current[0]?.line ?? line, cells };
    if (sawHeaderSeparator) body.push(row);
    else header.push(row);
    if (separator === 'header') {
      if (sawHeaderSeparator) fail({ table, line }, 'a second header separator (+===+)');
      sawHeaderSeparator = true;
      names = header.length === 1 ? (header[0]?.cells ?? []).map((c) => c.join(' ').trim()) : [];
    }
    current = [];
  };

  let i = start + 1;
  for (; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    if (raw.trim() === '') break;
    const line = i + 1;
    const text = raw.slice(indent).trimEnd();
    if (raw.slice(0, indent).trim() !== '' || !/^[+|]/.test(text)) {
      fail({ table, line }, 'a line inside the table that is neither a border (+---+) nor a row (| … |)');
    }
    if (text.startsWith('|')) {
      checkRowLine(text, line);
      current.push({ line, text });
      continue;
    }
    const separator = /^\+(?:=+\+)+$/.test(text) ? 'header' : /^\+(?:-+\+)+$/.test(text) ? 'row' : undefined;
    if (!separator) {
      fail({ table, row: rowLabel(), line }, 'cells spanning rows or columns are not supported');
    }
    if (plusesOf(text).join() !== borders.join()) {
      fail({ table, line }, 'a border whose "+" corners do not line up with the top border');
    }
    closeRow(line, separator);
  }
  if (current.length) fail({ table, row: rowLabel(), line: i }, 'the table ends without a bottom border (+---+)');
  return {
    table: { line: start + 1, header: sawHeaderSeparator ? header : [], body: sawHeaderSeparator ? body : header },
    end: i,
  };
}

/** Every grid table in an rST document, in document order. */
export function readGridTables(source: string, fail: GridFail): GridTable[] {
  const lines = source.split(/\r?\n/);
  const tables: GridTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!TOP_BORDER.test(lines[i] ?? '')) continue;
    const { table, end } = readTable(lines, i, tables.length + 1, fail);
    tables.push(table);
    i = end;
  }
  return tables;
}

/**
 * A cell's text as rST shows it, markup kept: lines of a paragraph joined with one space, paragraphs
 * (separated by a blank line) joined with a line break, backslash escapes undone (`\*` is `*`, `\\` is `\`,
 * an escaped line end joins without a space). Nothing else is interpreted, so `**bold**`, `1.` and
 * `\n` written as `\\n` stay as written.
 */
export function cellText(lines: string[]): string {
  const trimmed = lines.map((l) => l.trimEnd());
  const paragraphs: string[][] = [[]];
  for (const l of trimmed) {
    if (l === '') paragraphs.push([]);
    else paragraphs[paragraphs.length - 1]?.push(l.trim());
  }
  return paragraphs
    .filter((p) => p.length)
    .map((p) => p.join(' ').replace(/\\(\s|.)/g, (_, c: string) => (/\s/.test(c) ? '' : c)))
    .join('\n');
}
