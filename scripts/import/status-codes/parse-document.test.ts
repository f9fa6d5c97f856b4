// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../import-error';
import { parseDocument } from './parse-document';
import { fixturesOf, hasSeed, SEED_FILE } from '../test-helpers';

const { fixture, readFixture } = fixturesOf('status-codes');

const parseFixture = (name: string) => parseDocument(readFixture(name), fixture(name));

describe('parseDocument', () => {
  it('reads both tables of a well-formed document', () => {
    const [success, error] = parseFixture('well-formed.md');
    expect(success?.id, 'first table is the success table').toBe('success');
    expect(success?.caption, 'caption keeps 表 N and folds the two spaces').toBe('表 1 正常返回值');
    expect(
      success?.columns.map((c) => c.label),
      'header cells in order',
    ).toEqual(['正常返回码', '类型', '说明']);
    expect(success?.rows, 'success rows: code, 类型 and 说明 cells, anchors and newlines dropped').toEqual([
      { code: 200, reasonPhrase: 'OK', description: 'GET、PUT、POST操作正常返回' },
      { code: 204, reasonPhrase: 'No Content', description: 'DELETE操作正常返回' },
    ]);
    expect(error?.caption, 'error caption').toBe('表 2 异常返回值');
    expect(error?.columns, 'error columns').toEqual([
      { key: 'code', label: '返回值' },
      { key: 'description', label: '说明' },
    ]);
    expect(
      error?.rows.map((r) => [r.code, r.reasonPhrase]),
      '"400 Bad Request" splits into code and phrase',
    ).toEqual([
      [400, 'Bad Request'],
      [404, 'Not Found'],
      [503, 'Service Unavailable'],
    ]);
  });

  it.skipIf(!hasSeed)('reads the upstream seed document (needs ../shared/seed/)', () => {
    const tables = parseDocument(readFileSync(SEED_FILE, 'utf8'), SEED_FILE);
    expect(
      tables.map((t) => t.rows.length),
      'rows per table in the seed',
    ).toEqual([3, 14]);
    expect(tables[1]?.rows[6], 'a long reason phrase survives intact').toEqual({
      code: 407,
      reasonPhrase: 'Proxy Authentication Required',
      description: '用户必须首先使用代理服务器进行验证，这样请求才会被处理。',
    });
  });

  it.each([
    ['empty.md', /^scripts\/import\/fixtures\/status-codes\/empty\.md: the file is empty$/],
    [
      'not-a-status-document.md',
      /^scripts\/import\/fixtures\/status-codes\/not-a-status-document\.md: not a status-code document/,
    ],
    [
      'missing-column.md',
      /^scripts\/import\/fixtures\/status-codes\/missing-column\.md: table 1 "表 1 正常返回值": missing column "类型"$/,
    ],
    [
      'non-numeric-code.md',
      /^scripts\/import\/fixtures\/status-codes\/non-numeric-code\.md: table 2 "表 2 异常返回值", row 2: code cell "Not Found" is not a 3-digit/,
    ],
    [
      'non-numeric-success-code.md',
      /^scripts\/import\/fixtures\/status-codes\/non-numeric-success-code\.md: table 1 "表 1 正常返回值", row 1: code cell "2OO" is not a 3-digit status code$/,
    ],
    [
      'duplicate-code.md',
      /^scripts\/import\/fixtures\/status-codes\/duplicate-code\.md: table 2 "表 2 异常返回值", row 3: duplicate code 400 \(first in table 2, row 1\)$/,
    ],
  ])('rejects %s with a one-line error naming file, table and row', (name, message) => {
    const attempt = () => parseFixture(name);
    expect(attempt, `${name} must throw an ImportError`).toThrow(ImportError);
    expect(attempt, `${name}: message`).toThrow(message);
    try {
      attempt();
    } catch (e) {
      expect((e as Error).message, `${name}: message is one line`).not.toContain('\n');
    }
  });

  it.each([
    [
      'a success code outside 100–599',
      'name="a200"></a>200<',
      'name="a200"></a>999<',
      /row 1: 999 is not an HTTP status code/,
    ],
    [
      'an error code without its phrase',
      '400 Bad Request',
      '400',
      /row 1: code cell "400" is not a 3-digit status code and its reason phrase/,
    ],
    [
      'a row with a missing cell',
      '<td><p><a name="c200"></a>GET、PUT、POST操作正常返回</p></td>',
      '',
      /table 1 "表 1 正常返回值", row 1: expected 3 cells, found 2/,
    ],
    ['an empty 说明 cell', 'DELETE操作正常返回', ' ', /row 2: empty 说明 cell/],
    [
      'an empty 类型 cell',
      '<a name="b204"></a>No Content',
      '<a name="b204"></a> ',
      /table 1 "表 1 正常返回值", row 2: empty 类型 cell/,
    ],
    [
      'an unknown column',
      '<th><p>说明</p></th>',
      '<th><p>说明</p></th><th><p>备注</p></th>',
      /table 1 "表 1 正常返回值": column 4 has unexpected header "备注"$/,
    ],
    ['a missing caption line', '**表 1**  正常返回值', '', /table 1: no caption line/],
    [
      'a code listed in both tables',
      '404 Not Found',
      '200 OK',
      /table 2 "表 2 异常返回值", row 2: duplicate code 200 \(first in table 1, row 1\)/,
    ],
  ])('rejects %s', (_case, from, to, message) => {
    const source = readFixture('well-formed.md');
    expect(source, 'the edit applies to the fixture').toContain(from);
    expect(() => parseDocument(source.replace(from, to), 'doc.md'), 'names file, table and row').toThrow(message);
  });

  it('requires both tables', () => {
    const onlySuccess = readFixture('well-formed.md').split('**表 2**')[0] ?? '';
    expect(() => parseDocument(onlySuccess, 'doc.md'), 'a missing error table is named').toThrow(
      /^doc\.md: no error table/,
    );
  });
});
