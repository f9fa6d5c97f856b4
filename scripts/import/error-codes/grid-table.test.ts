// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cellText, readGridTables, type GridWhere } from './grid-table';

const fail = (where: GridWhere, why: string): never => {
  throw new Error(`${JSON.stringify(where)} ${why}`);
};
const read = (lines: string[]) => readGridTables(lines.join('\n'), fail);

const TABLE = [
  'Some text.',
  '',
  '+-----+---------+',
  '| A   | B       |',
  '+=====+=========+',
  '| 1   | one     |',
  '|     | two     |',
  '+-----+---------+',
  '| 2   | x|y     |',
  '+-----+---------+',
  '',
];

describe('readGridTables', () => {
  it('reads header and body rows, keeping each cell line', () => {
    const [table, ...others] = read(TABLE);
    expect(others, 'one table').toEqual([]);
    expect(table?.line, 'line of the top border').toBe(3);
    expect(
      table?.header.map((r) => r.cells),
      'header cells',
    ).toEqual([[[' A   '], [' B       ']]]);
    expect(table?.body, 'body rows with their first line; a "|" off the borders is text').toEqual([
      {
        line: 6,
        cells: [
          [' 1   ', '     '],
          [' one     ', ' two     '],
        ],
      },
      { line: 9, cells: [[' 2   '], [' x|y     ']] },
    ]);
  });

  it('reads an indented table and tables without a header', () => {
    const indented = ['.. note::', '', ...TABLE.slice(2, 4).map((l) => `   ${l}`), '   +-----+---------+', ''];
    const [table] = read(indented);
    expect(table?.header, 'no +===+ separator: no header').toEqual([]);
    expect(table?.body[0]?.cells, 'body row').toEqual([[' A   '], [' B       ']]);
  });

  it.each([
    [
      'a "|" off its column border',
      ['| 2   | x|y     |', '| 2    | xy     |'],
      '{"table":1,"row":2,"line":9} ragged row: no "|" between "A" and "B" (character 7)',
    ],
    [
      'text past the right border',
      ['| 2   | x|y     |', '| 2   | x|y     |z'],
      '{"table":1,"row":2,"line":9} ragged row: text after the right border',
    ],
    [
      'a row line cut short',
      ['| 2   | x|y     |', '| 2   | x|y'],
      '{"table":1,"row":2,"line":9} ragged row: no "|" at the right border (character 17)',
    ],
    [
      'a cell spanning rows',
      ['+-----+---------+\n| 2 ', '|     +---------+\n| 2 '],
      '{"table":1,"row":1,"line":8} cells spanning rows or columns are not supported',
    ],
    [
      'corners off the top border',
      ['+-----+---------+\n| 2 ', '+------+--------+\n| 2 '],
      '{"table":1,"line":8} a border whose "+" corners do not line up with the top border',
    ],
    [
      'a missing bottom border',
      ['| 2   | x|y     |\n+-----+---------+', '| 2   | x|y     |'],
      '{"table":1,"row":2,"line":9} the table ends without a bottom border (+---+)',
    ],
    [
      'two borders in a row',
      ['| 2   | x|y     |\n', ''],
      '{"table":1,"line":9} a border right after another border: a row with no text',
    ],
    [
      'a second header separator',
      ['+-----+---------+\n| 2 ', '+=====+=========+\n| 2 '],
      '{"table":1,"line":8} a second header separator (+===+)',
    ],
    [
      'a stray line inside the table',
      ['| 2   | x|y     |', 'stray text'],
      '{"table":1,"line":9} a line inside the table that is neither a border (+---+) nor a row (| … |)',
    ],
  ])('rejects %s, naming table, row and line', (_case, [from, to], message) => {
    const source = TABLE.join('\n');
    expect(source, 'the edit applies').toContain(from);
    expect(() => readGridTables(source.replace(from!, to!), fail), 'error').toThrow(message);
  });
});

describe('cellText', () => {
  it.each([
    [
      'wrapped lines joined with one space',
      [' Insufficient permissions to call the ', ' underlying system. '],
      'Insufficient permissions to call the underlying system.',
    ],
    [
      'paragraphs joined with a line break',
      [' Limit is invalid. ', '   ', ' Offset is invalid. '],
      'Limit is invalid.\nOffset is invalid.',
    ],
    ['an escaped backslash kept once, so \\\\n reads \\n', [' rule.\\\\n2. The group '], 'rule.\\n2. The group'],
    ['escaped asterisks kept as asterisks', [' Rules on xx by \\*\\* disallowed '], 'Rules on xx by ** disallowed'],
    ['bold markers and list numbers kept', [' 1. Check **action**. '], '1. Check **action**.'],
    ['an escaped line end joined without a space', [' resource\\', ' Instances '], 'resourceInstances'],
    ['an empty cell', ['   ', ''], ''],
  ])('%s', (_case, lines, expected) => {
    expect(cellText(lines), JSON.stringify(lines)).toBe(expected);
  });
});
