// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ErrorIndex } from '../data/split';
import { filterErrorCodes, filterParams, matchesQuery, parseErrorFilters } from './error-filters';

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
const codes = (query: string) => INDEX.codes.filter((e) => matchesQuery(e, query, INDEX)).map((e) => e.code);

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

describe('matchesQuery', () => {
  it('finds a code in any spelling, or by the start of its number', () => {
    for (const query of ['VPC.0114', 'vpc.0114', 'vpc0114', 'VPC 0114', ' 0114 '])
      expect(codes(query), query).toEqual(['VPC.0114']);
    expect(codes('020')).toEqual(['VPC.0208', 'VPC.0209']);
    expect(codes('vpc.02')).toEqual(['VPC.0208', 'VPC.0209']);
  });

  it('finds words of the title, area and operations, every word having to match', () => {
    expect(codes('quota')).toEqual(['VPC.0114']);
    expect(codes('SUBNET server')).toEqual(['VPC.0209']);
    expect(codes('deleting')).toEqual(['VPC.0208', 'VPC.0209']);
    expect(codes('nothing like it')).toEqual([]);
  });
});

describe('filterErrorCodes', () => {
  it('combines the status and area filters with the query', () => {
    const base = parseErrorFilters(new URLSearchParams(''), INDEX);
    expect(filterErrorCodes(INDEX, { ...base, status: 500 }).map((e) => e.code)).toEqual(['VPC.0208', 'VPC.0209']);
    expect(filterErrorCodes(INDEX, { ...base, status: 404, area: 'subnet' }).map((e) => e.code)).toEqual(['VPC.0209']);
    expect(filterErrorCodes(INDEX, { ...base, status: 409, query: 'subnet' })).toEqual([]);
  });
});
