// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { DataContractError } from '@/lib/schema-error-text';
import raw from './error-codes.json';
import { errorCodesSchema, type ErrorCodeData } from './error-codes.schema';
import { errorCodeDataProblems, validateErrorCodeData } from './validate';

/** A small, complete entry built from the shipped data's first code, so no identifier is made up here. */
function sample(): ErrorCodeData {
  const data = structuredClone(raw) as ErrorCodeData;
  const first = data.codes[0]!;
  const operation = data.operations.find((o) => o.en === first.occurrences[0]?.operation)!;
  return {
    ...data,
    areas: [{ id: 'general', label: { en: 'General', zh: '通用' } }],
    operations: [{ ...operation, zh: operation.zh || '通用' }],
    codes: [
      {
        ...first,
        area: 'general',
        title: { en: 'Title', zh: '标题' },
        meaning: { en: 'Meaning.', zh: '含义。' },
        action: { en: 'Action.', zh: '处理。' },
        occurrences: first.occurrences.filter((o) => o.operation === operation.en),
      },
    ],
  };
}

describe('validateErrorCodeData', () => {
  it('accepts a complete entry', () => {
    expect(errorCodeDataProblems(sample()), 'no problems').toEqual([]);
  });

  it.each([
    ['an empty title.en', (d: ErrorCodeData) => (d.codes[0]!.title.en = ''), 'field "title.en": missing or empty'],
    [
      'a blank meaning.zh',
      (d: ErrorCodeData) => (d.codes[0]!.meaning.zh = '  '),
      'field "meaning.zh": missing or empty',
    ],
    [
      'an undefined area',
      (d: ErrorCodeData) => (d.codes[0]!.area = 'nowhere'),
      'field "area": "nowhere" is not one of the areas',
    ],
    ['an empty operation zh', (d: ErrorCodeData) => (d.operations[0]!.zh = ''), 'field "zh": missing or empty'],
  ])('rejects %s, naming the code (or operation) and field, unless in draft mode', (_case, breakIt, message) => {
    const data = sample();
    breakIt(data);
    expect(errorCodeDataProblems(data).join('\n'), 'strict').toContain(message);
    expect(() => validateErrorCodeData(data), 'throws').toThrow(DataContractError);
    expect(errorCodeDataProblems(data, { draft: true }), 'draft mode allows our texts to be missing').toEqual(
      message.includes('nowhere') ? [expect.stringContaining(message)] : [],
    );
  });

  it.each([
    [
      'a status the API does not use',
      (d: ErrorCodeData) => (d.codes[0]!.occurrences[0]!.statuses = [402 as 400]),
      'field "occurrences[0].statuses[0]": must be one of 200, 400, 401, 403, 404, 409, 500',
    ],
    [
      'an unknown retry policy',
      (d: ErrorCodeData) => (d.codes[0]!.retry = 'maybe' as 'no'),
      'field "retry": must be one of after-fix, with-backoff, no',
    ],
    [
      'a malformed code',
      (d: ErrorCodeData) => (d.codes[0]!.code = 'VPC.12'),
      'field "code": must match ^VPC\\.\\d{4}$',
    ],
    [
      'two messages joined by a written \\n',
      (d: ErrorCodeData) => (d.codes[0]!.occurrences[0]!.message = 'One.\\nTwo.'),
      'field "occurrences[0].message": holds two messages',
    ],
    [
      'two earlier messages joined by a line break',
      (d: ErrorCodeData) => (d.codes[0]!.occurrences[0]!.earlierMessage = 'One.\nTwo.'),
      'field "occurrences[0].earlierMessage": holds two messages',
    ],
    [
      'a per-status retry for a status the code does not have',
      (d: ErrorCodeData) => (d.codes[0]!.retryByStatus = { '404': 'no' }),
      'field "retryByStatus.404": 404 is not a status of this code',
    ],
    [
      "a per-status retry that repeats the code's own",
      (d: ErrorCodeData) => (d.codes[0]!.retryByStatus = { '400': d.codes[0]!.retry }),
      'field "retryByStatus.400": repeats the code\'s retry',
    ],
    [
      'an observed status that is documented',
      (d: ErrorCodeData) =>
        (d.codes[0]!.observed = [{ status: 400, request: 'GET /v1/x', message: 'm', source: 'https://example.org/r' }]),
      'field "observed[0].status": 400 is documented',
    ],
    [
      'an observed status without a web source',
      (d: ErrorCodeData) =>
        (d.codes[0]!.observed = [{ status: 409, request: 'GET /v1/x', message: 'm', source: 'somewhere' }]),
      'field "observed[0].source": must match',
    ],
    [
      'an empty message',
      (d: ErrorCodeData) => (d.codes[0]!.occurrences[0]!.message = ''),
      'field "occurrences[0].message": missing or empty',
    ],
    [
      'an occurrence of an unlisted operation',
      (d: ErrorCodeData) => (d.codes[0]!.occurrences[0]!.operation = 'Elsewhere'),
      'field "occurrences[0].operation": "Elsewhere" is not in operations',
    ],
    ['a code listed twice', (d: ErrorCodeData) => d.codes.push(structuredClone(d.codes[0]!)), 'listed twice'],
    [
      'an area defined twice',
      (d: ErrorCodeData) => d.areas.push(structuredClone(d.areas[0]!)),
      'area "general", field "id": defined twice',
    ],
    [
      'an unknown field',
      (d: ErrorCodeData) => Object.assign(d.codes[0]!, { note: 'x' }),
      'field "note": unknown field',
    ],
  ])('rejects %s even in draft mode', (_case, breakIt, message) => {
    const data = sample();
    breakIt(data);
    expect(errorCodeDataProblems(data, { draft: true }).join('\n'), 'named problem').toContain(message);
  });

  it('is a valid draft 2020-12 schema', () => {
    const ajv = new Ajv2020({ strict: true });
    expect(ajv.validateSchema(errorCodesSchema), JSON.stringify(ajv.errors)).toBe(true);
  });
});

describe('browser code', () => {
  const src = fileURLToPath(new URL('../../../', import.meta.url));
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : [],
    );
  // Tests run in node; everything else under src/ may end up in a page.
  const shipped = files(src).filter((f) => !/\.test\.tsx?$/.test(f) && !f.endsWith(path.join('data', 'validate.ts')));

  it('never imports Ajv, the validator or json-schema-to-ts at run time', () => {
    expect(shipped.length, 'found the source files').toBeGreaterThan(20);
    for (const file of shipped) {
      const text = readFileSync(file, 'utf8');
      const where = path.relative(src, file);
      expect(text, `${where} imports Ajv`).not.toMatch(/from ['"]ajv/);
      expect(text, `${where} imports the node-only validator`).not.toMatch(/from ['"][^'"]*\/validate['"]/);
      expect(text, `${where} imports json-schema-to-ts other than as types`).not.toMatch(
        /import (?!type )[^;]*from ['"]json-schema-to-ts/,
      );
    }
  });
});
