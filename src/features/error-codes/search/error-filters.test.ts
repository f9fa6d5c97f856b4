// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { errorTableSearch, type SearchIndex } from '@/features/search';
import { loadErrorIndex } from '../data/load';
import type { ErrorIndex } from '../data/split';
import { filterErrorCodes, filterParams, parseErrorFilters, type ErrorFilters } from './error-filters';

const INDEX: ErrorIndex = {
  areas: [
    { id: 'quota', label: 'Quota' },
    { id: 'subnet', label: 'Subnet' },
  ],
  operations: ['Creating a VPC', 'Deleting a subnet'],
  codes: [
    { code: 'VPC.0114', title: 'VPC quota exceeded', area: 'quota', statuses: [409], operations: [0] },
    { code: 'VPC.0208', title: 'Subnet still has private IPs', area: 'subnet', statuses: [500], operations: [1] },
    { code: 'VPC.0209', title: 'Subnet used by a server', area: 'subnet', statuses: [404, 500], operations: [1] },
  ],
};

describe('parseErrorFilters', () => {
  it('reads query, status, area and sort from the URL', () => {
    expect(parseErrorFilters(new URLSearchParams('q=quota&status=409&area=quota&sort=-status'), INDEX)).toEqual({
      query: 'quota',
      status: 409,
      area: 'quota',
      sort: { column: 'status', desc: true },
    });
  });

  it('falls back to "all" and the default order for anything unknown or malformed', () => {
    expect(parseErrorFilters(new URLSearchParams('status=418&area=nope&sort=title'), INDEX)).toMatchObject({
      status: null,
      area: null,
      sort: { column: 'code', desc: false },
    });
    expect(parseErrorFilters(new URLSearchParams('status=４０９'), INDEX).status, 'full-width digits').toBe(409);
    expect(parseErrorFilters(new URLSearchParams('status=%00&sort=-'), INDEX)).toMatchObject({ status: null });
  });

  it('writes back only what differs from the defaults, keeping other parameters', () => {
    const filters = parseErrorFilters(new URLSearchParams(''), INDEX);
    expect(filterParams(filters, new URLSearchParams('theme=dark')).toString()).toBe('theme=dark');
    expect(
      filterParams({ ...filters, status: 500, sort: { column: 'code', desc: true } }, new URLSearchParams()).toString(),
    ).toBe('status=500&sort=-code');
  });
});

describe('filterErrorCodes', () => {
  let index: ErrorIndex;
  let search: SearchIndex;
  beforeAll(async () => {
    [index, search] = await Promise.all([loadErrorIndex('en'), errorTableSearch.load()]);
  });
  const base = parseErrorFilters(new URLSearchParams(''), INDEX);
  const shown = (filters: Partial<ErrorFilters>) => filterErrorCodes(index, { ...base, ...filters }, search);
  const codes = (query: string) => shown({ query }).rows.map((e) => e.code);

  it('finds a code in any spelling, or the codes starting with a number, and only those', () => {
    for (const query of ['VPC.0114', 'vpc.0114', 'vpc0114', 'VPC 0114', ' 0114 '])
      expect(codes(query), query).toEqual(['VPC.0114']);
    const vpc02 = index.codes.filter((e) => e.code.startsWith('VPC.02')).map((e) => e.code);
    expect(codes('vpc.02').sort()).toEqual(vpc02);
  });

  it('finds codes by any of our text and the literal messages, in either language', () => {
    expect(codes('Quota exceeded for resources'), 'a literal message').toContain('VPC.0114');
    expect(codes('配额'), 'Chinese on the English page').toContain('VPC.0114');
    expect(codes('load balancer'), 'the earlier wording or guidance').toContain('VPC.0209');
    expect(codes('nothing like it at all')).toEqual([]);
  });

  it('combines the status and area filters with the query, and counts the matches they hide', () => {
    const all = index.codes.length;
    expect(shown({}).rows).toHaveLength(all);
    expect(shown({ status: 409 }).rows.every((e) => e.statuses.includes(409))).toBe(true);
    expect(shown({ area: 'quota' }).rows.every((e) => e.area === 'quota')).toBe(true);
    const quota = shown({ query: 'quota' });
    const onlyBy500 = shown({ query: 'quota', status: 500 });
    expect(onlyBy500.rows.length + onlyBy500.hidden, 'every match is shown or counted').toBe(quota.rows.length);
    expect(onlyBy500.hidden).toBeGreaterThan(0);
    expect(shown({ query: '', status: 500 }).hidden, 'no query, nothing hidden').toBe(0);
  });

  it('filters without a search index (before it has loaded) by status and area alone', () => {
    expect(filterErrorCodes(INDEX, { ...base, status: 500 }, null).rows.map((e) => e.code)).toEqual([
      'VPC.0208',
      'VPC.0209',
    ]);
    expect(filterErrorCodes(INDEX, { ...base, status: 404, area: 'subnet' }, null).rows.map((e) => e.code)).toEqual([
      'VPC.0209',
    ]);
  });
});
