// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { statusCodes } from '@/features/status-codes/data/status-codes';
import {
  createSearchIndex,
  MAX_QUERY_LENGTH,
  MAX_QUERY_WORDS,
  parseClassFilter,
  type SearchableEntry,
  type SearchIndex,
  type SearchOptions,
} from './search';
import { fixture, ranges, type FixtureEntry } from './test-fixture';

const real = createSearchIndex(statusCodes);
const fixed = createSearchIndex(fixture);

const codes = (
  q: string,
  index: SearchIndex<SearchableEntry> = real,
  classFilter?: Parameters<typeof parseClassFilter>[0],
) =>
  index
    .search(q, classFilter === undefined ? undefined : { classFilter: parseClassFilter(classFilter) })
    .map((m) => m.entry.code);
const ids = (q: string, options?: SearchOptions) => fixed.search(q, options).map((m) => m.entry.id);
const kinds = (q: string) => fixed.search(q).map((m) => m.kind);

const ALL_REAL = [200, 201, 204, 400, 401, 403, 404, 405, 406, 407, 408, 409, 500, 501, 502, 503, 504];
const FOUR = [400, 401, 403, 404, 405, 406, 407, 408, 409];
const FIVE = [500, 501, 502, 503, 504];

describe('real data', () => {
  it.each<[string, number[]]>([
    ['404', [404]],
    ['40', FOUR],
    ['4', FOUR],
    ['4xx', FOUR],
    ['5XX', FIVE],
    ['2xx', [200, 201, 204]],
    ['50x', FIVE],
    ['conflict', [409]],
    ['timeout', [408, 504]],
    ['gateway', [502, 504]],
    ['not found', [404]],
    ['代理', [407]],
    ['超时', [504]],
    ['冲突', [409]],
    ['服务器', [400, 404, 406, 407, 408, 501, 502]],
    ['NOT FOUND', [404]],
    ['Not   Found', [404]],
    ['４０４', [404]],
    ['４ｘｘ', FOUR],
    ['ＮＯＴ\u3000ＦＯＵＮＤ', [404]],
    ['forbiden', [403]],
    ['unauthorised', [401]],
    ['timout', [408, 504]],
    ['gateway timeout', [504]],
    ['超时 gateway', [504]],
    ['timeout 代理', []],
    ['418', []],
    ['6', []],
  ])('%j → %j', (q, expected) => {
    expect(codes(q)).toEqual(expected);
  });

  it('an empty or blank query returns everything in code order', () => {
    for (const q of ['', '   ', '\u3000', '\t\n']) expect(codes(q)).toEqual(ALL_REAL);
    expect(real.search('').every((m) => m.score === 0 && m.highlights.length === 0)).toBe(true);
  });
});

describe('codes', () => {
  it('ranks exact code matches first, above a lower code listed earlier whose text has the number', () => {
    const entries: FixtureEntry[] = [
      {
        id: 'bad-request',
        code: 400,
        reasonPhrase: 'Bad Request',
        description: {
          zh: '请求无效；资源不存在时返回404。',
          en: 'The request is invalid; a missing resource gives 404.',
        },
      },
      {
        id: 'not-found',
        code: 404,
        reasonPhrase: 'Not Found',
        description: { zh: '资源不存在。', en: 'The resource does not exist.' },
      },
    ];
    const index = createSearchIndex(entries);
    for (const q of ['404', '４０４']) {
      const matches = index.search(q);
      expect(matches.map((m) => m.entry.id)).toEqual(['not-found', 'bad-request']);
      expect(matches.map((m) => m.kind)).toEqual(['code', 'phrase']);
    }
  });

  it('then ranks substring matches, stable by code then input order', () => {
    // 404 is the code of two entries and appears in the text of the 502 one.
    expect(ids('404')).toEqual(['nf-subnet', 'nf-port', 'bad-gw']);
    expect(kinds('404')).toEqual(['code', 'code', 'phrase']);
    const scores = fixed.search('404').map((m) => m.score);
    expect(scores[0]).toBeGreaterThan(scores[2] ?? Infinity);
  });

  it('matches the start of a code and whole classes', () => {
    expect(codes('40', fixed)).toEqual([401, 403, 404, 404, 408, 409]);
    expect(codes('5xx', fixed)).toEqual([502, 503, 504]);
    expect(codes('5XX', fixed)).toEqual([502, 503, 504]);
    expect(codes('0', fixed)).toEqual([]);
    expect(codes('04', fixed)).toEqual([]);
    expect(codes('4040', fixed)).toEqual([]);
  });

  it('returns the entries it was given, not copies', () => {
    expect(fixed.search('forbidden')[0]?.entry).toBe(fixture[6]);
  });
});

describe('text', () => {
  it('searches reason phrases and both description languages', () => {
    expect(ids('timeout')).toEqual(['timeout', 'gw-timeout']);
    expect(ids('gateway')).toEqual(['bad-gw', 'gw-timeout']);
    expect(ids('subnet')).toEqual(['nf-subnet']);
    expect(ids('子网')).toEqual(['nf-subnet']);
    expect(ids('超时')).toEqual(['timeout', 'gw-timeout']);
    expect(ids('clash')).toEqual(['conflict']);
    expect(ids('NOT FOUND')).toEqual(['nf-subnet', 'nf-port']);
    expect(ids('cOnFlIcT')).toEqual(['conflict']);
  });

  it('requires every word to match, in any field', () => {
    expect(ids('not found port')).toEqual(['nf-port']);
    expect(ids('gateway 超时')).toEqual(['gw-timeout']);
    expect(ids('gateway proxy')).toEqual(['bad-gw']);
    expect(ids('gateway subnet')).toEqual([]);
  });

  it('treats markup and regex metacharacters as plain text', () => {
    expect(ids('(check')).toEqual(['nf-port']);
    expect(ids('*')).toEqual(['timeout']);
    expect(ids('\\')).toEqual(['unavail']);
    expect(ids('(a proxy)')).toEqual(['bad-gw']);
    expect(ids(')')).toEqual(['nf-port', 'bad-gw']);
    for (const q of ['.*', '[', '^$', '(?<x>', '<script>alert(1)</script>', '<b>404</b>', '$&', '\\d+']) {
      expect(() => fixed.search(q)).not.toThrow();
      expect(ids(q)).toEqual([]);
    }
  });

  it('matches numbers in text as whole numbers only', () => {
    expect(ids('404')).toContain('bad-gw'); // "answered 404."
    expect(ids('04')).toEqual([]);
    expect(ids('40')).not.toContain('bad-gw');
    expect(ids('answered 404')).toEqual(['bad-gw']);
  });
});

describe('typos', () => {
  it('tolerates one typo in 4–7 letter words and two in longer ones', () => {
    expect(ids('forbiden')).toEqual(['forbidden']);
    expect(ids('timout')).toEqual(['timeout', 'gw-timeout']);
    expect(kinds('timout')).toEqual(['fuzzy', 'fuzzy']);
    expect(ids('fuond')).toEqual(['nf-subnet', 'nf-port']); // adjacent transposition
    expect(ids('unauthrised')).toEqual(['unauth', 'unavail']); // 2 and 1 edits (11 letters): both typos, by code
    expect(ids('unathrsed')).toEqual([]); // three edits
    expect(ids('forbdn')).toEqual([]); // too far for a 6-letter word
    expect(ids('gatway')).toEqual(['bad-gw', 'gw-timeout']);
  });

  it('ranks substring matches above typo matches regardless of code', () => {
    expect(ids('unauthorised')).toEqual(['unavail', 'unauth']);
    expect(kinds('unauthorised')).toEqual(['phrase', 'fuzzy']);
  });

  it('only forgives typos against reasonPhrase and description.en words', () => {
    expect(ids('vpc')).toEqual(['bad-gw']); // ＶＰＣ is in description.zh only…
    expect(ids('vpcs')).toEqual([]); // …so a 4-letter word one edit away does not reach it
    expect(ids('timout 5xx')).toEqual(['gw-timeout']);
    expect(ids('timout', { classFilter: '4xx' })).toEqual(['timeout']);
  });

  it('does not fuzz short words, numbers or Chinese', () => {
    expect(ids('tme')).toEqual([]);
    expect(ids('504x')).toEqual([]);
    expect(ids('5044')).toEqual([]);
    expect(ids('子冈')).toEqual([]);
  });
});

describe('bad input', () => {
  it('looks at the first 200 characters of a 2,000-character query, quickly', () => {
    const t0 = performance.now();
    expect(codes('x'.repeat(2000))).toEqual([]);
    expect(codes('timeout '.repeat(250))).toEqual([408, 504]);
    expect(codes('404' + ' '.repeat(MAX_QUERY_LENGTH - 3) + 'nonsense')).toEqual([404]);
    expect(codes('404' + ' '.repeat(MAX_QUERY_LENGTH - 4) + 'zzz')).toEqual([]);
    const words = Array.from({ length: 400 }, (_, i) => `w${i}`).join(' ');
    expect(codes(words)).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(250);
  });

  it(`ignores words beyond the first ${MAX_QUERY_WORDS} distinct ones`, () => {
    // 16 distinct one-letter words, all in the nf-port entry.
    const sixteen = 't h e p o r w a s n f u d c k i';
    expect(sixteen.split(' ')).toHaveLength(MAX_QUERY_WORDS);
    expect(ids(sixteen)).toContain('nf-port');
    expect(ids(`${sixteen} zzz`)).toEqual(ids(sixteen));
    expect(ids(`t t t ${sixteen} zzz`)).toEqual(ids(sixteen)); // repeats count once
    expect(ids(`zzz ${sixteen}`)).toEqual([]);
  });

  it('copes with lone surrogates', () => {
    expect(codes('gateway\uD800')).toEqual([502, 504]);
    expect(codes('\uDC00gateway')).toEqual([502, 504]);
    expect(codes('\uD800')).toEqual(ALL_REAL);
    expect(codes('😀')).toEqual([]);
    // Cutting at 200 units may split a surrogate pair: still no throw.
    expect(() => real.search('a'.repeat(MAX_QUERY_LENGTH - 1) + '😀')).not.toThrow();
  });

  it('copes with odd entries', () => {
    const odd = createSearchIndex([
      { code: 400, reasonPhrase: '', description: { zh: '', en: '' } },
      { code: 500, reasonPhrase: 'e\u0301\uD800 Ｘ', description: { zh: '\u0301', en: 'x'.repeat(5000) } },
    ]);
    expect(codes('', odd)).toEqual([400, 500]);
    expect(codes('é', odd)).toEqual([500]);
    expect(ranges(odd.search('é')[0], 'reasonPhrase')).toEqual([[0, 2]]);
    expect(codes('x', odd)).toEqual([500]);
    expect(codes('anything', createSearchIndex([]))).toEqual([]);
  });
});

describe('class filter', () => {
  it('combines with the query', () => {
    expect(codes('', real, '4xx')).toEqual(FOUR);
    expect(codes('', real, '2xx')).toEqual([200, 201, 204]);
    expect(codes('', real, 'nonsense')).toEqual(ALL_REAL);
    expect(codes('timeout', real, '5xx')).toEqual([504]);
    expect(codes('timeout', real, '4xx')).toEqual([408]);
    expect(codes('4xx', real, '5xx')).toEqual([]);
    expect(codes('gateway', fixed, '4xx')).toEqual([]);
    expect(codes('404', fixed, '5xx')).toEqual([502]);
  });
});
