// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { codePattern, parseQuery } from './parse-query';
import { synonymTable } from './synonym-table';

const table = synonymTable({ groups: [['超时', 'timeout', 'timed out']] });
const parse = (q: string) => parseQuery(q, codePattern(['vpc']), table);
const words = (q: string) => parse(q).terms.map((t) => t.alts[0]?.text ?? `code ${JSON.stringify(t.code)}`);

describe('parseQuery', () => {
  it('reads error codes in any spelling as one term, "VPC 0114" included', () => {
    for (const q of ['VPC.0114', 'vpc0114', 'VPC 0114', 'vpc_0114']) {
      expect(parse(q).terms.map((t) => t.code)).toEqual([
        { status: null, span: 0, letters: 'vpc', digits: '0114', num: null },
      ]);
    }
    expect(parse('vpc.114').terms[0]?.code).toMatchObject({ digits: '114', num: 114 });
    expect(parse('vpc.').terms[0]?.code).toMatchObject({ letters: 'vpc', digits: '' });
  });

  it('reads a bare number as a status code, its start or class, or an error code number', () => {
    const code = (q: string) => parse(q).terms[0]?.code;
    expect(code('404')).toMatchObject({ status: [404, 404], span: 3, num: 404 });
    expect(code('40')).toMatchObject({ status: [400, 409], span: 2, num: null });
    expect(code('4xx')).toMatchObject({ status: [400, 499], span: 3 });
    expect(code('0114')).toMatchObject({ status: null, digits: '0114' });
    expect(code('2201')).toMatchObject({ status: null, digits: '2201' });
    expect(code('12345')).toBeNull();
  });

  it('splits words at spaces and between Latin and Chinese, trimming punctuation at their edges', () => {
    expect(words('Token过期, (subnets)')).toEqual(['token', '过期', 'subnets']);
    expect(words('x-auth-token')).toEqual(['x-auth-token']);
  });

  it('makes a synonym one term, as a phrase or inside a Chinese word', () => {
    expect(words('gateway timed out')).toEqual(['gateway', 'timed out']);
    expect(parse('timed out').terms[0]?.alts.map((a) => a.text)).toEqual(['timed out', '超时', 'timeout']);
    expect(words('网关超时了')).toEqual(['网关', '超时', '了']);
    expect(parse('timeouts').terms[0]?.alts.map((a) => a.text)).toEqual(['timeouts', '超时', 'timeout', 'timed out']);
  });

  it('keeps the whole query as a phrase when it has more than one term', () => {
    expect(parse('In  use.').phrase).toBe('in use');
    expect(parse('网关超时').phrase).toBe('网关超时');
    expect(parse('timeout').phrase).toBeNull();
  });

  it('ignores repeated words and reads at most 16 terms', () => {
    expect(words('use use USE')).toEqual(['use']);
    expect(parse(Array.from({ length: 40 }, (_, i) => `w${String(i)}`).join(' ')).terms).toHaveLength(16);
  });
});
