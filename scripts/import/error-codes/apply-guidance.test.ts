// @vitest-environment node
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ErrorCodeData } from '../../../src/features/error-codes/data/error-codes.schema';
import { fixturesOf } from '../test-helpers';
import { main, type Guidance } from './apply-guidance';

const { fixturePath } = fixturesOf('error-codes');
let dir = '';
let data = '';
let out: string[] = [];
let err: string[] = [];

const text = (en: string, zh: string) => ({ en, zh });
/** Guidance for every code of the well-formed fixture, with one area. */
function fullGuidance(): Guidance {
  const fixture = JSON.parse(readFileSync(fixturePath('well-formed.data.json'), 'utf8')) as ErrorCodeData;
  return {
    areas: { general: text('General', '通用') },
    operations: Object.fromEntries(fixture.operations.map((o) => [o.en, `操作${o.en.length}`])),
    codes: Object.fromEntries(
      fixture.codes.map((c) => [
        c.code,
        {
          area: 'general',
          title: text(`Title of ${c.code}`, `${c.code}标题`),
          meaning: text('Meaning.', '含义。'),
          action: text('Action.', '处理。'),
          retry: 'no' as const,
        },
      ]),
    ),
  };
}
const apply = async (guidance: unknown) => {
  const file = path.join(dir, 'guidance.json');
  writeFileSync(file, JSON.stringify(guidance));
  return main([file, '--data', data], { out: (l) => out.push(l), err: (l) => err.push(l) });
};

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'guidance-test-'));
  data = path.join(dir, 'error-codes.json');
  copyFileSync(fixturePath('well-formed.data.json'), data);
  out = [];
  err = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('apply-guidance', () => {
  it('merges complete guidance and says the data is complete', async () => {
    expect(await apply(fullGuidance()), 'exit status').toBe(0);
    expect(out, 'summary').toEqual([
      `apply-guidance: merged 1 areas, 5 operations, 6 codes from ${path.join(dir, 'guidance.json')} into ${data}: complete`,
    ]);
    const merged = JSON.parse(readFileSync(data, 'utf8')) as ErrorCodeData;
    const before = JSON.parse(readFileSync(fixturePath('well-formed.data.json'), 'utf8')) as ErrorCodeData;
    expect(
      merged.areas.map((a) => a.id),
      'existing area kept, new one added',
    ).toEqual(['network', 'general']);
    expect(merged.codes[0], 'our fields from the guidance, occurrences untouched').toEqual({
      ...before.codes[0],
      ...fullGuidance().codes['VPC.0002'],
    });
    expect(merged.operations[0], 'operation zh').toEqual({ en: 'Public', zh: '操作6' });
  });

  it('merges partial guidance and names what is still missing', async () => {
    const guidance = fullGuidance();
    delete guidance.codes['VPC.9907'];
    expect(await apply(guidance), 'exit status').toBe(0);
    expect(out[0], 'what is left').toMatch(
      /: 7 fields still to write, first code VPC\.9907, field "area": missing or empty$/,
    );
  });

  it.each([
    [
      'a code not in the data',
      (g: Guidance) => (g.codes['VPC.0114'] = g.codes['VPC.0002']!),
      'code VPC.0114 is not in the data module',
    ],
    [
      'an operation not in the data',
      (g: Guidance) => (g.operations['Elsewhere'] = '别处'),
      'operation "Elsewhere" is not in the data module',
    ],
    [
      'an unknown retry policy',
      (g: Guidance) => (g.codes['VPC.0002']!.retry = 'soon' as 'no'),
      'not a guidance file: /codes/VPC.0002/retry must be equal to one of the allowed values',
    ],
    [
      'an empty title',
      (g: Guidance) => (g.codes['VPC.0002']!.title.zh = ''),
      'not a guidance file: /codes/VPC.0002/title/zh must NOT have fewer than 1 characters',
    ],
    [
      'an undefined area',
      (g: Guidance) => (g.codes['VPC.0002']!.area = 'nowhere'),
      'the merged data would be invalid: code VPC.0002, field "area": "nowhere" is not one of the areas',
    ],
  ])('rejects %s in one line and leaves the data untouched', async (_case, breakIt, message) => {
    const guidance = fullGuidance();
    breakIt(guidance);
    const before = readFileSync(data);
    expect(await apply(guidance), 'exit status').toBe(1);
    expect(err, 'one line').toEqual([`apply-guidance: error: ${path.join(dir, 'guidance.json')}: ${message}`]);
    expect(readFileSync(data).equals(before), 'data bytes untouched').toBe(true);
    expect(readdirSync(dir).sort(), 'no temporary file left').toEqual(['error-codes.json', 'guidance.json']);
  });
});
