// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ErrorCodeData } from '../../../src/features/error-codes/data/error-codes.schema';
import { errorCodeDataProblems } from '../../../src/features/error-codes/data/validate';
import { fixturesOf } from '../test-helpers';
import { withEarlierMessages } from './earlier';
import { mergeErrorCodes } from './merge';
import { oneRowPerMessage, parseErrorCodePage } from './parse-page';

const { fixture, readFixture } = fixturesOf('error-codes');
const existing = (): ErrorCodeData => JSON.parse(readFixture('well-formed.data.json')) as ErrorCodeData;
const rowsOf = (page = readFixture('well-formed.rst')) =>
  withEarlierMessages(
    oneRowPerMessage(parseErrorCodePage(page, 'page.rst')),
    oneRowPerMessage(
      parseErrorCodePage(readFixture('well-formed.2025-10-15.rst'), fixture('well-formed.2025-10-15.rst')),
    ),
    'page.rst',
    'earlier.rst',
  );

describe('mergeErrorCodes', () => {
  it('is a no-op when the data already matches the page', () => {
    const before = existing();
    const { data, report } = mergeErrorCodes(before, rowsOf());
    expect(data, 'merged data equals the input').toEqual(before);
    expect(report, 'nothing to report').toEqual({
      rows: 11,
      codes: 6,
      earlierWordings: 6,
      changes: [],
      added: [],
      missing: [],
      missingOperations: [],
    });
  });

  it('lists rows that differ only in upstream prose once, in page order', () => {
    const { data } = mergeErrorCodes(existing(), rowsOf());
    const tags = data.codes.find((c) => c.code === 'VPC.1801');
    expect(
      tags?.occurrences.map((o) => o.message),
      'two "Tag length" rows with different causes are one occurrence',
    ).toEqual([
      'Tag length is invalid. The key length must be in range [1,36] and value in range [0,43]',
      'Limit in resourceInstancesReq is invalid.',
      'Offset in resourceInstancesReq is invalid.',
    ]);
  });

  it('keeps one message per paragraph or written \\n, as a client receives them, each with its earlier wording', () => {
    const { data } = mergeErrorCodes(existing(), rowsOf());
    const group = data.codes.find((c) => c.code === 'VPC.9907');
    expect(
      group?.occurrences.map((o) => [o.message, o.earlierMessage]),
      'the numbered list of VPC.9907, split and unnumbered, paired with the earlier paragraphs',
    ).toEqual([
      ['The IP address group is used by a security group rule.', 'Addressgroup xxx is used by securitygroup rules.'],
      ['The IP address group is used by a network ACL rule.', 'Addressgroup xxx is used by firewall rules.'],
    ]);
  });

  it('updates occurrences and keeps our fields', () => {
    const before = existing();
    const page = readFixture('well-formed.rst').replace('VPC does not exist.', 'VPC does not exist!');
    const { data, report } = mergeErrorCodes(before, rowsOf(page));
    const vpc0003 = data.codes.find((c) => c.code === 'VPC.0003');
    expect(vpc0003?.occurrences[0]?.message, 'message from the page').toBe('VPC does not exist!');
    expect(vpc0003?.occurrences[0]?.earlierMessage, 'the earlier wording now differs').toBe('VPC does not exist.');
    expect({ ...vpc0003, occurrences: null }, 'our fields kept').toEqual({ ...before.codes[1], occurrences: null });
    expect(report.changes, 'the change, with before and after').toEqual([
      {
        where: 'code VPC.0003',
        field: 'occurrences[0]',
        before: 'Public | 404 | "VPC does not exist."',
        after: 'Public | 404 | "VPC does not exist!" | earlier "VPC does not exist."',
      },
    ]);
    expect(data.areas, 'areas kept').toEqual(before.areas);
    expect(data.operations[0], 'operation zh kept').toEqual({ en: 'Public', zh: '通用' });
  });

  it('adds a new code with our fields empty, and keeps a vanished one', () => {
    const before = existing();
    before.codes.push({ ...structuredClone(before.codes[1]!), code: 'VPC.9999' });
    before.codes = before.codes.filter((c) => c.code !== 'VPC.0010');
    const { data, report } = mergeErrorCodes(before, rowsOf());
    expect(report.added, 'added').toEqual(['VPC.0010']);
    expect(report.missing, 'vanished codes are reported').toEqual(['VPC.9999']);
    expect(
      data.codes.map((c) => c.code),
      'sorted by code, the vanished one still there',
    ).toEqual(['VPC.0002', 'VPC.0003', 'VPC.0010', 'VPC.0105', 'VPC.1801', 'VPC.9907', 'VPC.9999']);
    const added = data.codes.find((c) => c.code === 'VPC.0010');
    expect(added, 'our fields empty, retry after-fix').toMatchObject({
      area: '',
      title: { en: '', zh: '' },
      meaning: { en: '', zh: '' },
      action: { en: '', zh: '' },
      retry: 'after-fix',
    });
    expect(errorCodeDataProblems(data, { draft: true }), 'valid as a draft').toEqual([]);
    expect(errorCodeDataProblems(data), 'the contract names what to write').toContain(
      'code VPC.0010, field "title.en": missing or empty',
    );
  });

  it('keeps operations in page order, with a vanished one at the end', () => {
    const before = existing();
    before.operations = [{ en: 'Gone upstream', zh: '已删除' }, ...before.operations.reverse()];
    const { data, report } = mergeErrorCodes(before, rowsOf());
    expect(
      data.operations.map((o) => o.en),
      'page order, then the vanished operation',
    ).toEqual([
      'Public',
      'Querying a VPC',
      'Querying VPCs',
      'Resource tags',
      'Deleting an IP address group',
      'Gone upstream',
    ]);
    expect(report.missingOperations, 'reported').toEqual(['Gone upstream']);
    expect(
      report.changes.map((c) => `${c.where} ${c.field}`),
      'the order change is reported',
    ).toEqual(['operations en']);
  });
});
