// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { statusCodes } from '@/features/status-codes/data/status-codes';
import { typoBudget, withinDistance } from './fuzzy';
import { fold } from './normalize';
import {
  createSearchIndex,
  MAX_QUERY_LENGTH,
  MAX_QUERY_WORDS,
  nearestCodes,
  parseClassFilter,
  searchEntries,
  type HighlightField,
  type SearchableEntry,
  type SearchMatch,
} from './search';

interface FixtureEntry extends SearchableEntry {
  id: string;
}

/* Deliberately not in code order, with a repeated code, full-width text, a ligature and a
   character whose lower case is longer (İ), so ordering and highlight offsets are really tested. */
const fixture: FixtureEntry[] = [
  {
    id: 'gw-timeout',
    code: 504,
    reasonPhrase: 'Gateway Timeout',
    description: { zh: '网关超时。', en: 'İstanbul gateway timed out.' },
  },
  {
    id: 'nf-subnet',
    code: 404,
    reasonPhrase: 'Not Found',
    description: { zh: '子网不存在。', en: 'The subnet does not exist.' },
  },
  { id: 'ok', code: 200, reasonPhrase: 'OK', description: { zh: '操作成功。', en: 'The operation succeeded.' } },
  {
    id: 'timeout',
    code: 408,
    reasonPhrase: 'Request Timeout',
    description: { zh: '请求超时。', en: 'The client was too slow; retry * later.' },
  },
  {
    id: 'nf-port',
    code: 404,
    reasonPhrase: 'Not Found',
    description: { zh: '端口不存在。', en: 'The port was not found (check the ID).' },
  },
  {
    id: 'unauth',
    code: 401,
    reasonPhrase: 'Unauthorized',
    description: { zh: '需要认证。', en: 'Authentication is required.' },
  },
  { id: 'forbidden', code: 403, reasonPhrase: 'Forbidden', description: { zh: '禁止访问。', en: 'Access is denied.' } },
  {
    id: 'conflict',
    code: 409,
    reasonPhrase: 'Conflict',
    description: { zh: '规则冲突。', en: 'The rule clashes with an existing ﬁrewall rule.' },
  },
  {
    id: 'bad-gw',
    code: 502,
    reasonPhrase: 'Bad Gateway',
    description: { zh: '上游ＶＰＣ网关返回错误。', en: 'The upstream gateway (a proxy) answered 404.' },
  },
  {
    id: 'unavail',
    code: 503,
    reasonPhrase: 'Service Unavailable',
    description: { zh: '服务暂时不可用。', en: 'The caller is unauthorised \\ try later.' },
  },
];

const codes = (
  q: string,
  entries: readonly SearchableEntry[] = statusCodes,
  classFilter?: Parameters<typeof parseClassFilter>[0],
) =>
  searchEntries(q, entries, classFilter === undefined ? undefined : { classFilter: parseClassFilter(classFilter) }).map(
    (m) => m.entry.code,
  );
const ids = (q: string) => searchEntries(q, fixture).map((m) => m.entry.id);
const kinds = (q: string) => searchEntries(q, fixture).map((m) => m.kind);
const ranges = (m: SearchMatch<SearchableEntry> | undefined, field: HighlightField) =>
  m?.highlights.find((h) => h.field === field)?.ranges;
const fieldText = (e: SearchableEntry, field: HighlightField): string =>
  field === 'code'
    ? String(e.code)
    : field === 'reasonPhrase'
      ? e.reasonPhrase
      : e.description[field === 'description.zh' ? 'zh' : 'en'];

const ALL_REAL = [200, 201, 204, 400, 401, 403, 404, 405, 406, 407, 408, 409, 500, 501, 502, 503, 504];
const FOUR = [400, 401, 403, 404, 405, 406, 407, 408, 409];
const FIVE = [500, 501, 502, 503, 504];

describe('real data: the queries from the issue', () => {
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
    expect(searchEntries('', statusCodes).every((m) => m.score === 0 && m.highlights.length === 0)).toBe(true);
  });

  it('tells code, substring and typo matches apart', () => {
    expect(searchEntries('404', statusCodes).map((m) => m.kind)).toEqual(['code']);
    expect(searchEntries('timeout', statusCodes).map((m) => m.kind)).toEqual(['phrase', 'phrase']);
    expect(searchEntries('timout', statusCodes).map((m) => m.kind)).toEqual(['fuzzy', 'fuzzy']);
  });

  it('every highlight range covers text that folds to the query word (or a typo of it)', () => {
    const queries = ['timeout', 'timout', 'not found', '服务器', '代理', 'ＮＯＴ', 'forbiden', '40', 'request'];
    for (const q of queries) {
      const words = fold(q).text.split(' ');
      const matches = searchEntries(q, statusCodes);
      expect(matches.length).toBeGreaterThan(0);
      for (const m of matches) {
        for (const h of m.highlights) {
          const text = fieldText(m.entry, h.field);
          for (const [s, e] of h.ranges) {
            const piece = fold(text.slice(s, e)).text;
            const ok = words.some(
              (w) => piece === w || piece.includes(w) || (typoBudget(w) > 0 && withinDistance(w, piece, typoBudget(w))),
            );
            expect(ok, `${q}: ${h.field} [${s},${e}) = ${JSON.stringify(piece)}`).toBe(true);
          }
        }
      }
    }
  });
});

describe('codes', () => {
  it('ranks exact code matches first, then substring matches, stable by code then input order', () => {
    // 404 is the code of two entries and appears in the text of the 502 one.
    expect(ids('404')).toEqual(['nf-subnet', 'nf-port', 'bad-gw']);
    expect(kinds('404')).toEqual(['code', 'code', 'phrase']);
    const scores = searchEntries('404', fixture).map((m) => m.score);
    expect(scores[0]).toBeGreaterThan(scores[2] ?? Infinity);
    expect(ids('４０４')).toEqual(['nf-subnet', 'nf-port', 'bad-gw']);
  });

  it('matches the start of a code and whole classes', () => {
    expect(codes('40', fixture)).toEqual([401, 403, 404, 404, 408, 409]);
    expect(codes('5xx', fixture)).toEqual([502, 503, 504]);
    expect(codes('5XX', fixture)).toEqual([502, 503, 504]);
    expect(codes('0', fixture)).toEqual([]);
    expect(codes('04', fixture)).toEqual([]);
    expect(codes('4040', fixture)).toEqual([]);
  });

  it('highlights the matched part of the code', () => {
    const [m] = searchEntries('40', fixture);
    expect(m?.highlights).toEqual([{ field: 'code', ranges: [[0, 2]] }]);
    expect(ranges(searchEntries('4xx', fixture)[0], 'code')).toEqual([[0, 3]]);
    expect(ranges(searchEntries('404', fixture)[2], 'description.en')).toEqual([[40, 43]]);
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

  it('folds full-width text in the data and maps highlights back to it', () => {
    expect(ids('vpc')).toEqual(['bad-gw']);
    const m = searchEntries('VPC', fixture)[0];
    expect(ranges(m, 'description.zh')).toEqual([[2, 5]]);
  });

  it('keeps highlight offsets right when folding changes the length', () => {
    const conflict = searchEntries('firewall', fixture);
    expect(conflict.map((m) => m.entry.id)).toEqual(['conflict']);
    const en = fixture.find((e) => e.id === 'conflict')!.description.en;
    const at = en.indexOf('ﬁrewall'); // the ligature folds to two characters
    expect(ranges(conflict[0], 'description.en')).toEqual([[at, at + 'ﬁrewall'.length]]);
    // İ lower-cases to two characters, shifting everything after it in the folded text.
    const gw = searchEntries('gateway', fixture).find((m) => m.entry.id === 'gw-timeout');
    expect(ranges(gw, 'description.en')).toEqual([[9, 16]]);
    expect(ranges(gw, 'reasonPhrase')).toEqual([[0, 7]]);
  });

  it('merges overlapping ranges and marks every occurrence', () => {
    const m = searchEntries('time timeout', fixture).find((x) => x.entry.id === 'gw-timeout');
    expect(ranges(m, 'reasonPhrase')).toEqual([[8, 15]]);
    const t = searchEntries('t', fixture).find((x) => x.entry.id === 'gw-timeout');
    expect(ranges(t, 'reasonPhrase')).toEqual([
      [2, 3],
      [8, 9],
      [14, 15],
    ]);
  });

  it('treats markup and regex metacharacters as plain text', () => {
    expect(ids('(check')).toEqual(['nf-port']);
    expect(ids('*')).toEqual(['timeout']);
    expect(ids('\\')).toEqual(['unavail']);
    expect(ids('(a proxy)')).toEqual(['bad-gw']);
    expect(ids(')')).toEqual(['nf-port', 'bad-gw']);
    for (const q of ['.*', '[', '^$', '(?<x>', '<script>alert(1)</script>', '<b>404</b>', '$&', '\\d+']) {
      expect(() => searchEntries(q, fixture)).not.toThrow();
      expect(ids(q)).toEqual([]);
    }
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

  it('highlights the word that was matched despite the typo', () => {
    const m = searchEntries('forbiden', fixture)[0];
    expect(m?.highlights).toEqual([{ field: 'reasonPhrase', ranges: [[0, 9]] }]);
  });

  it('only forgives typos against reasonPhrase and description.en words', () => {
    expect(ids('vpc')).toEqual(['bad-gw']); // ＶＰＣ is in description.zh only…
    expect(ids('vpcs')).toEqual([]); // …so a 4-letter word one edit away does not reach it
    expect(ids('timout 5xx')).toEqual(['gw-timeout']);
    expect(searchEntries('timout', fixture, { classFilter: '4xx' }).map((m) => m.entry.id)).toEqual(['timeout']);
  });

  it('does not fuzz short words, numbers or Chinese', () => {
    expect(ids('tme')).toEqual([]);
    expect(ids('504x')).toEqual([]);
    expect(ids('5044')).toEqual([]);
    expect(ids('子冈')).toEqual([]);
    expect(typoBudget('abc')).toBe(0);
    expect(typoBudget('time')).toBe(1);
    expect(typoBudget('timeout')).toBe(1);
    expect(typoBudget('forbiden')).toBe(2);
    expect(typoBudget('ab12')).toBe(0);
    expect(typoBudget('代理代理')).toBe(0);
  });

  it('computes a bounded optimal-string-alignment distance', () => {
    expect(withinDistance('found', 'fuond', 1)).toBe(true);
    expect(withinDistance('unauthorised', 'unauthorized', 1)).toBe(true);
    expect(withinDistance('timout', 'timeout', 1)).toBe(true);
    expect(withinDistance('abcd', 'badc', 1)).toBe(false);
    expect(withinDistance('abcd', 'badc', 2)).toBe(true);
    expect(withinDistance('kitten', 'sitting', 2)).toBe(false);
    expect(withinDistance('kitten', 'sitting', 3)).toBe(true);
    expect(withinDistance('ab', 'abcd', 1)).toBe(false);
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

  it('matches numbers in text as whole numbers only', () => {
    expect(ids('404')).toContain('bad-gw'); // "answered 404."
    expect(ids('04')).toEqual([]);
    expect(ids('40')).not.toContain('bad-gw');
    expect(ids('answered 404')).toEqual(['bad-gw']);
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
    expect(() => searchEntries('a'.repeat(MAX_QUERY_LENGTH - 1) + '😀', statusCodes)).not.toThrow();
  });

  it('copes with odd entries', () => {
    const odd: SearchableEntry[] = [
      { code: 400, reasonPhrase: '', description: { zh: '', en: '' } },
      { code: 500, reasonPhrase: 'e\u0301\uD800 Ｘ', description: { zh: '\u0301', en: 'x'.repeat(5000) } },
    ];
    expect(codes('', odd)).toEqual([400, 500]);
    expect(codes('é', odd)).toEqual([500]);
    expect(ranges(searchEntries('é', odd)[0], 'reasonPhrase')).toEqual([[0, 2]]);
    expect(codes('x', odd)).toEqual([500]);
    expect(codes('anything', [])).toEqual([]);
  });
});

describe('class filter', () => {
  it('parses the URL value, defaulting to all', () => {
    expect(parseClassFilter('4xx')).toBe('4xx');
    expect(parseClassFilter('5XX')).toBe('5xx');
    expect(parseClassFilter(' 2xx ')).toBe('2xx');
    expect(parseClassFilter('all')).toBe('all');
    for (const v of [null, undefined, '', '3xx', '4', 'xx', 'bogus', '<script>'])
      expect(parseClassFilter(v)).toBe('all');
  });

  it('combines with the query', () => {
    expect(codes('', statusCodes, '4xx')).toEqual(FOUR);
    expect(codes('', statusCodes, '2xx')).toEqual([200, 201, 204]);
    expect(codes('', statusCodes, 'nonsense')).toEqual(ALL_REAL);
    expect(codes('timeout', statusCodes, '5xx')).toEqual([504]);
    expect(codes('timeout', statusCodes, '4xx')).toEqual([408]);
    expect(codes('4xx', statusCodes, '5xx')).toEqual([]);
    expect(codes('gateway', fixture, '4xx')).toEqual([]);
    expect(codes('404', fixture, '5xx')).toEqual([502]);
  });
});

describe('nearestCodes', () => {
  it('suggests the nearest existing codes for a numeric query', () => {
    expect(nearestCodes('418', statusCodes)).toEqual([409, 408, 407]);
    expect(nearestCodes('４１８', statusCodes)).toEqual([409, 408, 407]);
    expect(nearestCodes('499', statusCodes)).toEqual([500, 501, 502]);
    expect(nearestCodes('404', statusCodes)).toEqual([404, 403, 405]);
    expect(nearestCodes('3', statusCodes)).toEqual([400, 401, 403]);
    expect(nearestCodes('3xx', statusCodes, 2)).toEqual([400, 401]);
    expect(nearestCodes('418', statusCodes, 1)).toEqual([409]);
    expect(nearestCodes('418', statusCodes, 3, { classFilter: '5xx' })).toEqual([500, 501, 502]);
    expect(nearestCodes('405', fixture)).toEqual([404, 403, 408]); // codes are de-duplicated
  });

  it('returns nothing for non-numeric queries or n ≤ 0', () => {
    for (const q of ['', 'abc', '4040', 'timeout', '4 0 4', '-1']) expect(nearestCodes(q, statusCodes)).toEqual([]);
    expect(nearestCodes('418', statusCodes, 0)).toEqual([]);
    expect(nearestCodes('418', statusCodes, Number.NaN)).toEqual([]);
  });
});

describe('index', () => {
  it('gives the same results as searchEntries and keeps entry identity', () => {
    const index = createSearchIndex(fixture);
    for (const q of ['404', 'gateway', 'timout', '', '子网']) {
      expect(index.search(q)).toEqual(searchEntries(q, fixture));
    }
    expect(index.search('forbidden')[0]?.entry).toBe(fixture[6]);
  });
});
