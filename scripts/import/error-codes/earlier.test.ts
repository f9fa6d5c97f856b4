// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixturesOf } from '../test-helpers';
import { findEarlierRevision, withEarlierMessages } from './earlier';
import { parseErrorCodePage } from './parse-page';

const { fixture, fixturePath, readFixture } = fixturesOf('error-codes');
const rowsOf = (name: string) => parseErrorCodePage(readFixture(name), fixture(name));

describe('findEarlierRevision', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('finds the dated sibling of the page, the latest when there are several', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'earlier-'));
    const page = path.join(dir, 'error_codes.rst');
    expect(findEarlierRevision(page), 'no sibling').toBeUndefined();
    for (const name of [
      'error_codes.2024-01-31.rst',
      'error_codes.2025-10-15.rst',
      'error_codes.rst.bak',
      'other.2026-01-01.rst',
    ]) {
      writeFileSync(path.join(dir, name), '');
    }
    expect(findEarlierRevision(page), 'latest dated sibling of the same name').toBe(
      path.join(dir, 'error_codes.2025-10-15.rst'),
    );
  });

  it('finds the fixture sibling', () => {
    expect(findEarlierRevision(fixturePath('well-formed.rst')), 'well-formed.2025-10-15.rst').toBe(
      fixturePath('well-formed.2025-10-15.rst'),
    );
  });
});

describe('withEarlierMessages', () => {
  it('records the earlier wording only where it differs', () => {
    const rows = withEarlierMessages(
      rowsOf('well-formed.rst'),
      rowsOf('well-formed.2025-10-15.rst'),
      'page.rst',
      'earlier.rst',
    );
    expect(
      rows.map((r) => [r.code, r.earlierMessage]),
      'earlier messages by row',
    ).toEqual([
      ['VPC.0002', 'Available zone Name is null.'],
      ['VPC.0003', undefined],
      ['VPC.0010', 'Rules on xx by ** disallowed by policy'],
      ['VPC.0105', 'Neutron Error.'],
      ['VPC.0105', 'Neutron Error.'],
      ['VPC.1801', undefined],
      ['VPC.1801', undefined],
      ['VPC.1801', undefined],
      [
        'VPC.9907',
        '1. Addressgroup xxx is used by securitygroup rules.\n2. Addressgroup xxx is used by firewall rules.',
      ],
    ]);
    expect(Object.hasOwn(rows[1]!, 'earlierMessage'), 'no earlierMessage key where the wording is the same').toBe(
      false,
    );
  });

  it.each([
    [
      'earlier-out-of-step.rst',
      'row 4 (line 21): VPC.0105 500 under "Querying VPCs" does not correspond to row 4 of page.rst (VPC.0105 404/500 under "Querying a VPC")',
    ],
    ['earlier-missing-row.rst', '8 rows, but page.rst has 9: the revisions must list the same rows in the same order'],
  ])('rejects %s with one line naming both files', (name, message) => {
    expect(
      () => withEarlierMessages(rowsOf('well-formed.rst'), rowsOf(name), 'page.rst', fixture(name)),
      'exact message',
    ).toThrow(`${fixture(name)}: ${message}`);
  });
});
