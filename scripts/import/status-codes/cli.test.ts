// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StatusCodeData } from '../../../src/features/status-codes/data/status-codes';
import { run } from '../cli';
import { fixturesOf, hasSeed, SEED_FILE } from '../test-helpers';

const { fixture, fixturePath } = fixturesOf('status-codes');

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
let dir = '';
let data = '';
let out: string[] = [];
let err: string[] = [];

const importer = (...args: string[]) =>
  run([...args, '--data', data], { out: (l) => out.push(l), err: (l) => err.push(l) });
const dataText = () => readFileSync(data, 'utf8');

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'import-test-'));
  data = path.join(dir, 'status-codes.json');
  copyFileSync(fixturePath('well-formed.data.json'), data);
  out = [];
  err = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('import --check', () => {
  it('passes and prints the summary when the data matches', async () => {
    expect(await importer(fixture('well-formed.md'), '--check'), 'exit status').toBe(0);
    expect(out[0], 'summary line').toBe(
      'import: read 5 codes from scripts/import/fixtures/status-codes/well-formed.md: 0 changed, 0 added, 0 missing',
    );
  });

  it('fails with a readable diff and changes nothing when the data differs', async () => {
    const before = dataText();
    const mtime = statSync(data).mtimeMs;
    expect(await importer(fixture('changed-text.md'), '--check'), 'exit status').toBe(1);
    expect(out.join('\n'), 'diff names the field with old and new text').toContain(
      '  code 400, description.zh:\n    - "服务器未能处理请求。"\n    + "服务器未能处理该请求。"',
    );
    expect(err, 'one closing error line').toHaveLength(1);
    expect(dataText(), 'data untouched').toBe(before);
    expect(statSync(data).mtimeMs, 'data not even rewritten').toBe(mtime);
  });
});

describe('import', () => {
  it('writes the merged data, then --check passes', async () => {
    expect(await importer(fixture('changed-text.md')), 'import exit status').toBe(0);
    expect(out[0], 'summary').toContain('2 changed, 0 added, 0 missing');
    const written = JSON.parse(dataText()) as StatusCodeData;
    expect(written.codes[2]?.description, 'zh updated, en kept').toEqual({
      zh: '服务器未能处理该请求。',
      en: 'The server could not process the request.',
    });
    expect(await importer(fixture('changed-text.md'), '--check'), 'check after import').toBe(0);
    expect(readdirSync(dir), 'no temporary file left behind').toEqual(['status-codes.json']);
  });

  it('adds new codes and reports, but keeps, vanished ones', async () => {
    expect(await importer(fixture('extra-and-missing.md')), 'exit status').toBe(0);
    expect(out[0], 'summary').toContain('0 changed, 1 added (418), 1 missing (404)');
    expect(err[0], 'warning names the vanished code').toMatch(/warning: 404 no longer in/);
    const codes = (JSON.parse(dataText()) as StatusCodeData).codes.map((e) => e.code);
    expect(codes, 'vanished 404 still present, 418 added').toEqual([200, 204, 400, 404, 418, 503]);
  });

  it.each([
    ['empty.md', 'the file is empty'],
    ['not-a-status-document.md', 'not a status-code document'],
    ['missing-column.md', 'table 1 "表 1 正常返回值": missing column "类型"'],
    ['non-numeric-code.md', 'table 2 "表 2 异常返回值", row 2: code cell "Not Found"'],
    ['non-numeric-success-code.md', 'table 1 "表 1 正常返回值", row 1: code cell "2OO" is not a 3-digit status code'],
    ['duplicate-code.md', 'table 2 "表 2 异常返回值", row 3: duplicate code 400'],
    ['does-not-exist.md', 'no such file'],
  ])('%s: one-line error, exit 1, data untouched', async (name, message) => {
    const before = dataText();
    expect(await importer(fixture(name)), 'exit status').toBe(1);
    expect(err, 'exactly one error line').toHaveLength(1);
    expect(err[0], 'names the file and the problem').toContain(`import: error: ${fixture(name)}: ${message}`);
    expect(dataText(), 'data untouched').toBe(before);
    expect(readdirSync(dir), 'no temporary file left behind').toEqual(['status-codes.json']);
  });

  it('rejects bad arguments with the usage', async () => {
    expect(await run([], { out: (l) => out.push(l), err: (l) => err.push(l) }), 'no document').toBe(1);
    expect(await importer(fixture('well-formed.md'), '--force'), 'unknown option').toBe(1);
    expect(
      err.every((l) => l.includes('usage: npm run import')),
      'usage shown',
    ).toBe(true);
  });
});

// Each case starts tsx in a child process, which takes seconds on a busy two-core machine.
describe('as a command', { timeout: 30_000 }, () => {
  const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
  const cli = (...args: string[]) =>
    spawnSync(tsx, ['scripts/import/cli.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

  it('exits 1 on bad input', () => {
    const result = cli(fixture('empty.md'), '--data', data);
    expect(result.status, 'exit status').toBe(1);
    expect(result.stderr.trim(), 'one line').toBe(`import: error: ${fixture('empty.md')}: the file is empty`);
  });

  it.skipIf(!hasSeed)('the shipped data matches the seed (needs ../shared/seed/)', () => {
    const result = cli(path.relative(ROOT, SEED_FILE), '--check');
    expect(result.status, `--check failed:\n${result.stdout}${result.stderr}`).toBe(0);
    expect(result.stdout, 'summary').toMatch(/read 17 codes .*0 changed, 0 added, 0 missing/);
  });
});
