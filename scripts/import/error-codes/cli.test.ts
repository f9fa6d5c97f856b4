// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ErrorCodeData } from '../../../src/features/error-codes/data/error-codes.schema';
import { run } from '../cli';
import { ERROR_CODE_PAGE, fixturesOf, hasErrorCodePage } from '../test-helpers';

const { fixture, fixturePath, readFixture } = fixturesOf('error-codes');
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
let dir = '';
let data = '';
let out: string[] = [];
let err: string[] = [];

const importer = (...args: string[]) =>
  run([...args, '--data', data], { out: (l) => out.push(l), err: (l) => err.push(l) });
const dataText = () => readFileSync(data, 'utf8');
/** A copy of the well-formed page (and its earlier sibling) in the temp folder, with one edit. */
const editedPage = (from: string, to: string): string => {
  const source = readFixture('well-formed.rst');
  expect(source, 'the edit applies to the fixture').toContain(from);
  const page = path.join(dir, 'error_codes.rst');
  writeFileSync(page, source.replace(from, to));
  copyFileSync(fixturePath('well-formed.2025-10-15.rst'), path.join(dir, 'error_codes.2025-10-15.rst'));
  return page;
};

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'import-errors-test-'));
  data = path.join(dir, 'error-codes.json');
  copyFileSync(fixturePath('well-formed.data.json'), data);
  out = [];
  err = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('import <page>.rst --check', () => {
  it('passes and names the earlier revision it found', async () => {
    expect(await importer(fixture('well-formed.rst'), '--check'), 'exit status').toBe(0);
    expect(out[0], 'summary line').toBe(
      `import: read 11 rows (6 codes) from ${fixture('well-formed.rst')} and earlier wordings from ` +
        `${fixture('well-formed.2025-10-15.rst')} (6 messages differ): 0 changed, 0 added, 0 missing`,
    );
  });

  it('fails with a readable diff and changes nothing when the data differs', async () => {
    const page = editedPage('Neutron error.  ', 'Neutron failure.');
    const before = dataText();
    const mtime = statSync(data).mtimeMs;
    expect(await importer(page, '--check'), 'exit status').toBe(1);
    expect(out.join('\n'), 'diff names the code and occurrence with old and new text').toContain(
      '  code VPC.0105, occurrences[0]:\n' +
        '    - Querying a VPC | 404/500 | "Neutron error." | earlier "Neutron Error."\n' +
        '    + Querying a VPC | 404/500 | "Neutron failure." | earlier "Neutron Error."',
    );
    expect(err, 'one closing line').toEqual([
      `import: ${data} differs from ${page}; run \`npm run import -- ${page}\``,
    ]);
    expect(dataText(), 'data untouched').toBe(before);
    expect(statSync(data).mtimeMs, 'data not even rewritten').toBe(mtime);
  });

  it('without an earlier revision, reports the earlier wordings as differences', async () => {
    const page = path.join(dir, 'page.rst');
    copyFileSync(fixturePath('well-formed.rst'), page);
    expect(await importer(page, '--check'), 'exit status').toBe(1);
    expect(out[0], 'summary').toMatch(/\(no earlier revision\): 4 changed, 0 added, 0 missing$/);
  });
});

describe('import <page>.rst', () => {
  it('writes the merged data, then --check passes', async () => {
    const page = editedPage('VPC does not exist.', 'VPC does not exist!');
    expect(await importer(page), 'import exit status').toBe(0);
    expect(out[0], 'summary').toContain('1 changed, 0 added, 0 missing');
    const written = JSON.parse(dataText()) as ErrorCodeData;
    expect(written.codes[1]?.occurrences, 'new wording, earlier one recorded').toEqual([
      { operation: 'Public', statuses: [404], message: 'VPC does not exist!', earlierMessage: 'VPC does not exist.' },
    ]);
    expect(written.codes[1]?.title, 'our fields kept').toEqual({ en: 'VPC not found', zh: '找不到VPC' });
    expect(await importer(page, '--check'), 'check after import').toBe(0);
    expect(readdirSync(dir).sort(), 'no temporary file left behind').toEqual([
      'error-codes.json',
      'error_codes.2025-10-15.rst',
      'error_codes.rst',
    ]);
  });

  it('takes the earlier revision from --earlier', async () => {
    const page = path.join(dir, 'page.rst');
    copyFileSync(fixturePath('well-formed.rst'), page);
    expect(
      await importer(page, '--earlier', fixture('well-formed.2025-10-15.rst'), '--check'),
      'explicit earlier revision',
    ).toBe(0);
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
    ['does-not-exist.rst', 'no such file'],
  ])('%s: one-line error, exit 1, data byte-for-byte untouched', async (name, message) => {
    const before = readFileSync(data);
    expect(await importer(fixture(name)), 'exit status').toBe(1);
    expect(err, 'exactly this one line').toEqual([`import: error: ${fixture(name)}: ${message}`]);
    expect(readFileSync(data).equals(before), 'data bytes untouched').toBe(true);
    expect(readdirSync(dir), 'no temporary file left behind').toEqual(['error-codes.json']);
  });

  it.each([
    [
      'earlier-out-of-step.rst',
      'row 4 (line 21): VPC.0105 500 under "Querying VPCs" does not correspond to row 4 of ' +
        `${fixture('well-formed.rst')} (VPC.0105 404/500 under "Querying a VPC")`,
    ],
    [
      'earlier-missing-row.rst',
      `9 rows, but ${fixture('well-formed.rst')} has 11: the revisions must list the same rows in the same order`,
    ],
  ])('--earlier %s: one-line error, exit 1, data byte-for-byte untouched', async (name, message) => {
    const before = readFileSync(data);
    expect(await importer(fixture('well-formed.rst'), '--earlier', fixture(name)), 'exit status').toBe(1);
    expect(err, 'exactly this one line').toEqual([`import: error: ${fixture(name)}: ${message}`]);
    expect(readFileSync(data).equals(before), 'data bytes untouched').toBe(true);
  });

  it('refuses to write data the schema rejects', async () => {
    const broken = JSON.parse(dataText()) as ErrorCodeData;
    broken.codes[1]!.retry = 'sometimes' as 'no';
    writeFileSync(data, JSON.stringify(broken));
    const before = readFileSync(data);
    expect(await importer(fixture('well-formed.rst')), 'exit status').toBe(1);
    expect(err, 'names the data file, code and field').toEqual([
      `import: error: ${data}: the data module is invalid: code VPC.0003, field "retry": must be one of after-fix, with-backoff, no`,
    ]);
    expect(readFileSync(data).equals(before), 'data bytes untouched').toBe(true);
  });

  it('explains the formats and the earlier revision in --help', async () => {
    expect(await run(['--help'], { out: (l) => out.push(l), err: (l) => err.push(l) }), 'exit status').toBe(0);
    const help = out.join('\n');
    expect(help, 'usage line').toMatch(
      /^usage: npm run import -- <document> \[--check\] \[--data <file\.json>\] \[--earlier <file\.rst>\]/,
    );
    expect(help, 'the two formats').toMatch(/\.rst .*error-codes\.json[\s\S]*any other file .*status-codes\.json/);
    expect(help, 'sibling discovery').toContain('error_codes.2025-10-15.rst beside error_codes.rst');
  });

  it('rejects --earlier for a status-code document', async () => {
    expect(await importer('doc.md', '--earlier', 'x.rst'), 'exit status').toBe(1);
    expect(err[0], 'usage error').toMatch(
      /^import: error: --earlier applies to error-code pages \(\.rst\) only \(usage: /,
    );
  });
});

// Each case starts tsx in a child process, which takes seconds on a busy two-core machine.
describe('as a command', { timeout: 30_000 }, () => {
  const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
  const cli = (...args: string[]) =>
    spawnSync(tsx, ['scripts/import/cli.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

  it('exits 1 on a bad page', () => {
    const result = cli(fixture('ragged-row.rst'), '--data', data);
    expect(result.status, 'exit status').toBe(1);
    expect(result.stderr.trim(), 'one line').toMatch(
      /^import: error: .*ragged-row\.rst: table 1, row 2 \(line 17\): ragged row/,
    );
  });

  it.skipIf(!hasErrorCodePage)('the shipped data matches the upstream page (needs ../shared/upstream/)', () => {
    const result = cli(path.relative(ROOT, ERROR_CODE_PAGE), '--check');
    expect(result.status, `--check failed:\n${result.stdout}${result.stderr}`).toBe(0);
    expect(result.stdout, 'summary').toMatch(
      /read 203 rows \(97 codes\) .*\(74 messages differ\): 0 changed, 0 added, 0 missing/,
    );
  });
});
