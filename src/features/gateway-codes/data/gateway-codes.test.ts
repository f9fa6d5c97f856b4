// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DataContractError } from '@/lib/schema-error-text';
import { chineseTypographyProblems } from '@/test/zh-typography';
import raw from './gateway-codes.json';
import { GATEWAY_RETRY_POLICIES, type GatewayCodeData } from './gateway-codes.schema';
import { gatewayCodeDataProblems, validateGatewayCodeData } from './validate';

const data = raw as GatewayCodeData;
const OUR_FIELDS = ['title', 'meaning', 'action'] as const;
const entry = (code: string) => data.codes.find((c) => c.code === code);

describe('gateway-codes.json data contract', () => {
  it('passes the validator', () => {
    expect(gatewayCodeDataProblems(raw), 'problems by code and field').toEqual([]);
  });

  it('lists each code once, in code order', () => {
    const codes = data.codes.map((c) => c.code);
    expect(
      codes.filter((c, i) => codes.indexOf(c) !== i),
      'codes listed more than once',
    ).toEqual([]);
    expect(codes, 'codes out of order').toEqual([...codes].sort());
  });

  it('writes each code as the gateway sends it and as the upstream table documents it, with one number', () => {
    for (const c of data.codes) {
      expect(c.code, `code ${c.code} is not APIGW.nnnn`).toMatch(/^APIGW\.\d{4}$/);
      expect(c.documentedAs, `code ${c.code}, documentedAs names another number`).toBe(`APIG.${c.code.slice(-4)}`);
    }
  });

  it('carries the codes the issue names, with their documented statuses', () => {
    const statuses = (code: string) => entry(code)?.responses.map((r) => r.status);
    expect(statuses('APIGW.0101'), 'APIGW.0101 is documented as 404').toEqual([404, 404]);
    expect(statuses('APIGW.0301'), 'APIGW.0301 is documented as 401').toEqual([401]);
    expect(statuses('APIGW.0308'), 'APIGW.0308 is documented as 429').toEqual([429]);
  });

  it('keeps every documented message verbatim: no edges trimmed or quotes added', () => {
    for (const c of data.codes) {
      for (const r of c.responses) {
        expect(r.message, `code ${c.code}, status ${String(r.status)}: message has spaces at its edges`).toBe(
          r.message.trim(),
        );
        expect(r.message, `code ${c.code}, status ${String(r.status)}: message is quoted`).not.toMatch(/^["“]/);
      }
    }
  });

  it('has both languages for every text of ours, and the Chinese follows the house rules', () => {
    for (const c of data.codes) {
      for (const field of OUR_FIELDS) {
        expect(c[field].en.trim(), `code ${c.code}, ${field}.en is empty`).not.toBe('');
        expect(c[field].zh.trim(), `code ${c.code}, ${field}.zh is empty`).not.toBe('');
        expect(chineseTypographyProblems(c[field].zh), `code ${c.code}, ${field}.zh`).toEqual([]);
        expect(c[field].zh, `code ${c.code}, ${field}.zh has no Chinese`).toMatch(/\p{Script=Han}/u);
      }
    }
  });

  it('does not let our meaning merely repeat a documented message', () => {
    for (const c of data.codes) {
      for (const r of c.responses) {
        const message = r.message.replace(/\.$/, '').toLowerCase();
        expect(c.meaning.en.toLowerCase(), `code ${c.code}, meaning.en repeats "${r.message}"`).not.toContain(message);
      }
    }
  });

  it('gives retry advice from the error catalogue’s vocabulary, and never "retry" for a request that must change', () => {
    for (const c of data.codes) {
      for (const r of c.responses) {
        expect(GATEWAY_RETRY_POLICIES, `code ${c.code}, status ${String(r.status)}: retry`).toContain(r.retry);
        if ([400, 401, 403, 404, 413, 414, 494].includes(r.status)) {
          expect(r.retry, `code ${c.code}, status ${String(r.status)}: a client error needs a fix first`).toBe(
            'after-fix',
          );
        }
      }
    }
    expect(entry('APIGW.0308')?.responses[0]?.retry, 'throttling is retried with backoff').toBe('with-backoff');
  });

  it('names its source with repository, path, revision, date and licence', () => {
    expect(data.source).toMatchObject({
      repository: 'opentelekomcloud-docs/api-gateway',
      path: 'umn/source/published_api_calling/error_codes.rst',
      license: 'Apache-2.0',
    });
  });
});

describe('validateGatewayCodeData', () => {
  const broken = (change: (d: GatewayCodeData) => void) => {
    const copy = structuredClone(raw) as GatewayCodeData;
    change(copy);
    return copy;
  };

  it.each<[string, (d: GatewayCodeData) => void, string]>([
    ['an empty title.zh', (d) => (d.codes[0]!.title.zh = ''), 'field "title.zh": missing or empty'],
    ['a code without APIGW', (d) => (d.codes[0]!.code = 'VPC.0101'), 'field "code": must match'],
    [
      'another number in documentedAs',
      (d) => (d.codes[0]!.documentedAs = 'APIG.9999'),
      'field "documentedAs": APIG.9999 is another number',
    ],
    ['an unknown retry', (d) => ((d.codes[0]!.responses[0] as { retry: string }).retry = 'soon'), 'must be one of'],
    ['codes out of order', (d) => d.codes.reverse(), 'codes must be sorted by code'],
    [
      'the same response twice',
      (d) => d.codes[0]!.responses.push({ ...d.codes[0]!.responses[0]! }),
      'field "responses": the same response twice',
    ],
  ])('names the code and field for %s', (_, change, expected) => {
    const problems = gatewayCodeDataProblems(broken(change));
    expect(problems.join('\n'), 'the problem').toContain(expected);
    expect(problems.join('\n'), 'the code it is in').toMatch(/code (APIGW|VPC)\.\d{4}/);
  });

  it('throws with the first problem', () => {
    expect(() => validateGatewayCodeData(broken((d) => (d.codes[0]!.meaning.en = '')))).toThrow(DataContractError);
  });
});
