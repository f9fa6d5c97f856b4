// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { codesOf, fixture, fixtureSynonyms } from '@/test/search-fixture';
import { MAX_QUERY_LENGTH } from './parse-query';
import { createSearchIndex } from './search';
import type { SearchDoc } from './types';

const index = createSearchIndex(fixture, fixtureSynonyms);
const codes = (q: string) => codesOf(index.search(q).hits);
const tiers = (q: string) => index.search(q).hits.map((h) => `${h.doc.code} ${h.tier}`);

describe('codes in any spelling', () => {
  it.each(['VPC.0114', 'vpc.0114', 'vpc0114', 'VPC 0114', 'vpc-0114', 'ＶＰＣ．０１１４', '0114', '114'])(
    '%j finds VPC.0114 first, as a code',
    (q) => {
      expect(tiers(q)[0]).toBe('VPC.0114 code');
    },
  );

  it('lists the codes a prefix starts, in code order', () => {
    expect(codes('vpc.01')).toEqual(['VPC.0101', 'VPC.0104', 'VPC.0114']);
    expect(codes('VPC.02')).toEqual(['VPC.0201']);
    expect(codes('vpc.01xx')).toEqual(['VPC.0101', 'VPC.0104', 'VPC.0114']);
    expect(codes('vpc.')).toEqual(['VPC.0101', 'VPC.0104', 'VPC.0114', 'VPC.0201']);
  });

  it('reads status codes as before: exact, a start, a class, full-width digits', () => {
    expect(codes('404')).toEqual(['404']);
    expect(codes('40')).toEqual(['404', '408', '409']);
    expect(codes('4xx')).toEqual(['404', '408', '409']);
    expect(codes('５０４')).toEqual(['504']);
    expect(codes('418')).toEqual([]);
  });

  it('keeps "vpc" and a status number apart: two words, both needed', () => {
    expect(codes('vpc 404')).toEqual(['404']);
  });
});

describe('ranking', () => {
  it('ranks a code match, then titles, then body text, then typos', () => {
    const doc = (code: string, group: 'title' | 'body', text: string): SearchDoc => ({
      kind: code.length === 3 ? 'status' : 'error',
      code,
      num: Number(code.replace(/\D/g, '')),
      fields: [{ name: group === 'title' ? 'title.en' : 'message', lang: null, group, text }],
    });
    const docs = [
      doc('VPC.0002', 'body', 'router 500'),
      doc('500', 'body', 'server'),
      doc('VPC.0003', 'title', 'router 500'),
      doc('VPC.0001', 'body', 'ruoter'),
    ];
    const { search } = createSearchIndex(docs, { groups: [] });
    const ranked = (q: string) => search(q).hits.map((h) => `${h.doc.code} ${h.tier}`);
    expect(ranked('500')).toEqual(['500 code', 'VPC.0003 title', 'VPC.0002 body']);
    expect(ranked('router')).toEqual(['VPC.0003 title', 'VPC.0002 body']);
    // A word some text has as typed is not taken for a misspelling of another.
    expect(ranked('rooter')).toEqual(['VPC.0003 fuzzy', 'VPC.0001 fuzzy', 'VPC.0002 fuzzy']);
    const scoreOf = (q: string, tier: string) => search(q).hits.find((h) => h.tier === tier)!.score;
    const scores = [
      scoreOf('500', 'code'),
      scoreOf('500', 'title'),
      scoreOf('500', 'body'),
      scoreOf('rooter', 'fuzzy'),
    ];
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(new Set(scores).size).toBe(4);
  });

  it('needs every word somewhere in the document', () => {
    expect(codes('subnet token')).toEqual(['VPC.0104']);
    expect(codes('subnet quota')).toEqual([]);
  });

  it('ranks the whole query as one phrase above the same words scattered', () => {
    expect(codes('quota used')).toEqual(['VPC.0114', '409']);
    const [phrase, scattered] = index.search('used quota').hits;
    expect(phrase?.doc.code).toBe('VPC.0114');
    expect(index.search('quota used').hits[0]!.score).toBeGreaterThan(phrase!.score);
    expect(scattered?.doc.code).toBe('409');
  });

  it('counts words as one phrase in any of the forms they match, in the order typed', () => {
    // "subnets gone": "subnet" matches its plural.
    const together = index.search('subnet gone').hits[0]!;
    const apart = index.search('gone subnet').hits[0]!;
    expect([together.doc.code, apart.doc.code]).toEqual(['VPC.0104', 'VPC.0104']);
    expect(together.score).toBeGreaterThan(apart.score);
  });

  it('breaks ties with status codes first, then by code', () => {
    expect(codes('timeout')).toEqual(['408', '504', 'VPC.0101']);
    expect(tiers('in use')).toEqual(['409 body', 'VPC.0201 body']);
  });

  it('returns every document in tie order for an empty query', () => {
    for (const q of ['', '   ', '\u3000']) {
      expect(codes(q)).toEqual(['404', '408', '409', '504', 'VPC.0101', 'VPC.0104', 'VPC.0114', 'VPC.0201']);
    }
    expect(index.docs.map((d) => d.code)).toEqual(codes(''));
  });
});

describe('the words people use', () => {
  it('matches a Chinese word as a substring, of any length, in a title or body text', () => {
    expect(tiers('网关')).toEqual(['504 title']);
    expect(tiers('删除')).toEqual(['VPC.0104 body']);
    expect(tiers('须先删除子网')).toEqual(['VPC.0104 body']);
    expect(tiers('请求超出')).toEqual(['408 title']);
    expect(tiers('被')).toEqual(['404 title']);
    expect(codes('删子')).toEqual([]);
    expect(codes('配额')).toEqual(['VPC.0114', '409']);
  });

  it('splits Chinese from Latin, trims punctuation around words and keeps it inside them', () => {
    expect(codes('token配额')).toEqual(['409']);
    expect(codes("['router'].")).toEqual(['VPC.0114']);
    expect(codes('deleted;')).toEqual(codes('deleted'));
    expect(codes('resources:')).toEqual(codes('resources'));
    expect(codes('sub-net')).toEqual([]);
  });

  it('finds plurals and verb forms', () => {
    expect(codes('subnets')).toEqual(['VPC.0104', 'VPC.0201', '404']);
    expect(codes('deleting')).toEqual(['404', 'VPC.0104']);
  });

  it('matches one- and two-letter words at word starts only', () => {
    expect(codes('in')).toEqual(['409', 'VPC.0201']);
    expect(codes('ou')).toEqual(['504']);
  });

  it('tolerates typos, ranked last, but not in Chinese text', () => {
    expect(tiers('timout')).toEqual(['408 fuzzy', '504 fuzzy', 'VPC.0101 fuzzy']);
    expect(codes('tokne')).toEqual(['VPC.0104']);
  });

  it('finds a synonym in either language, a phrase or inside a Chinese word', () => {
    expect(codes('超时')).toEqual(['504', '408', 'VPC.0101']);
    expect(codes('not found')).toEqual(['404']);
    expect(codes('页面不存在')).toEqual(['404']);
  });
});

describe('options and hostile queries', () => {
  it('filters, counts what the filter hid, and limits', () => {
    const result = index.search('timeout', { filter: (d) => d.kind === 'error' });
    expect(codesOf(result.hits)).toEqual(['VPC.0101']);
    expect(result.hiddenByFilter).toBe(2);
    expect(codesOf(index.search('timeout', { limit: 2 }).hits)).toEqual(['408', '504']);
  });

  it('reads a long, odd or untyped query without failing', () => {
    const long = `timeout ${'a'.repeat(5000)}`;
    expect(codes(long.slice(0, 20))).toEqual([]);
    expect(() => index.search(long)).not.toThrow();
    expect(codes(`${'x '.repeat(MAX_QUERY_LENGTH)}timeout`)).toEqual(codes('x'));
    for (const q of ['(*)', '.*', '[', '\\', '\u0000timeout\u0007', '\ud800', '<script>']) {
      expect(() => index.search(q)).not.toThrow();
    }
    expect(codes('\u0000timeout\u0007')).toEqual(codes('timeout'));
    expect(codes(undefined as unknown as string)).toEqual(codes(''));
  });
});
