// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../import-error';
import { ERROR_CODE_PAGE, fixturesOf, hasErrorCodePage } from '../test-helpers';
import { parseErrorCodePage } from './parse-page';

const { fixture, readFixture } = fixturesOf('error-codes');
const parseFixture = (name: string) => parseErrorCodePage(readFixture(name), fixture(name));
const facts = (rows: ReturnType<typeof parseFixture>) => rows.map((r) => [r.operation, r.statuses, r.code, r.message]);

describe('parseErrorCodePage', () => {
  it('reads the rows of a well-formed page', () => {
    const rows = parseFixture('well-formed.rst');
    expect(facts(rows), 'module carried down, statuses split, messages unwrapped and unescaped').toEqual([
      ['Public', [400], 'VPC.0002', 'AZ name is null.'],
      ['Public', [404], 'VPC.0003', 'VPC does not exist.'],
      ['Public', [403], 'VPC.0010', 'Insufficient permissions to call the underlying system.'],
      ['Querying a VPC', [404, 500], 'VPC.0105', 'Neutron error.'],
      ['Querying VPCs', [500], 'VPC.0105', 'Neutron error.'],
      [
        'Resource tags',
        [400],
        'VPC.1801',
        'Tag length is invalid. The key length must be in range [1,36] and value in range [0,43]',
      ],
      [
        'Resource tags',
        [400],
        'VPC.1801',
        'Tag length is invalid. The key length must be in range [1,36] and value in range [0,43]',
      ],
      [
        'Resource tags',
        [400],
        'VPC.1801',
        'Limit in resourceInstancesReq is invalid.\nOffset in resourceInstancesReq is invalid.',
      ],
      [
        'Deleting an IP address group',
        [409],
        'VPC.9907',
        '1. The IP address group is used by a security group rule.\\n2. The IP address group is used by a network ACL rule.',
      ],
    ]);
    expect(rows[0], 'row, line and the prose cells with their markup').toMatchObject({
      row: 1,
      line: 14,
      description: 'The request names no **availability_zone**.',
      handling: 'Name an availability zone.',
    });
    expect(rows[6]?.description, 'paragraphs of a prose cell').toBe(
      'Placeholder: value too long.\nA second paragraph.',
    );
  });

  it('undoes the escaping of the earlier revision', () => {
    const rows = parseFixture('well-formed.2025-10-15.rst');
    expect(rows[2]?.message, '\\*\\* in the source is ** in the message').toBe(
      'Rules on xx by ** disallowed by policy',
    );
  });

  it.skipIf(!hasErrorCodePage)('reads the upstream page (needs ../shared/upstream/)', () => {
    const rows = parseErrorCodePage(readFileSync(ERROR_CODE_PAGE, 'utf8'), ERROR_CODE_PAGE);
    expect(rows, 'rows on the page').toHaveLength(201);
    expect(new Set(rows.map((r) => r.code)).size, 'distinct codes').toBe(97);
    expect(new Set(rows.map((r) => r.operation)).size, 'distinct modules').toBe(50);
    const vpc9907 = rows.find((r) => r.code === 'VPC.9907');
    expect(vpc9907?.message, 'the page shows \\n literally: two characters').toContain('rule.\\n2. The');
    expect(
      rows.filter((r) => r.statuses.length === 2).map((r) => r.statuses.join('/')),
      'two-status cells',
    ).toContain('404/500');
  });

  it.each([
    ['empty.rst', 'the file is empty'],
    [
      'not-an-error-code-page.rst',
      'not an error-code page: no grid table headed Module | Status Code | Error Code | Message | Description | Handling Measure',
    ],
    [
      'ragged-row.rst',
      'table 1, row 2 (line 17): ragged row: no "|" between "Message" and "Description" (character 124)',
    ],
    ['missing-column.rst', 'table 1, header (line 12): missing column "Status Code"'],
    [
      'unknown-status.rst',
      'table 1, row 2 (line 17): unknown status "402" (expected 200, 400, 401, 403, 404, 409, 500)',
    ],
    ['non-numeric-status.rst', 'table 1, row 2 (line 17): status "4O4" is not a 3-digit number'],
    ['duplicate-row.rst', 'table 1, row 3 (line 19): duplicate row: every cell repeats row 2'],
    ['missing-module.rst', 'table 1, row 1 (line 14): empty Module cell and no row above to carry it down from'],
  ])('rejects %s with one line naming file, table, row and line', (name, message) => {
    const attempt = () => parseFixture(name);
    expect(attempt, `${name} must throw an ImportError`).toThrow(ImportError);
    let text = '';
    try {
      attempt();
    } catch (e) {
      text = (e as Error).message;
    }
    expect(text, `${name}: the exact message`).toBe(`${fixture(name)}: ${message}`);
  });

  it.each([
    [
      'a malformed error code',
      '| VPC.0003   |',
      '| VPC.03     |',
      /row 2 \(line 17\): error code "VPC.03" is not "VPC." and four digits$/,
    ],
    [
      'an empty Message cell',
      'VPC does not exist.',
      '                   ',
      /row 2 \(line 17\): empty Message cell for VPC.0003$/,
    ],
    ['an empty Status Code cell', '| 404         |', '|             |', /row 2 \(line 17\): empty Status Code cell$/],
    [
      'a status listed twice',
      '| 404         |',
      '| 404/404     |',
      /row 2 \(line 17\): status listed twice in "404\/404"$/,
    ],
    [
      'an unknown column',
      '| Description      ',
      '| Cause            ',
      /header \(line 12\): column 5 has unexpected header "Cause"$/,
    ],
    [
      'a header without +===+ under it',
      '+================================+=============+============+==============================================================+========================================+====================================+',
      '+--------------------------------+-------------+------------+--------------------------------------------------------------+----------------------------------------+------------------------------------+',
      /^page\.rst: table 1 \(line 11\): no header row above a \+===\+ separator$/,
    ],
  ])('rejects %s', (_case, from, to, message) => {
    const source = readFixture('well-formed.rst');
    expect(source, 'the edit applies to the fixture').toContain(from);
    expect(() => parseErrorCodePage(source.replace(from, to), 'page.rst'), 'names table, row and line').toThrow(
      message,
    );
  });

  it('rejects a second error-code table', () => {
    const source = readFixture('well-formed.rst');
    const table = source.slice(source.indexOf('+---'));
    expect(() => parseErrorCodePage(`${source}\n${table}`, 'page.rst'), 'second table').toThrow(
      /^page\.rst: table 2 \(line \d+\): a second error-code table$/,
    );
  });
});
