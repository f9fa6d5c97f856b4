// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fixture, fixtureSynonyms, marked } from '@/test/search-fixture';
import { merge } from './highlight';
import { createSearchIndex } from './search';

const index = createSearchIndex(fixture, fixtureSynonyms);
const hit = (q: string, code: string) => index.search(q).hits.find((h) => h.doc.code === code);

describe('highlights', () => {
  it('are offsets into the original text, past ligatures, accents and full-width letters', () => {
    const h = hit('subnet', 'VPC.0201')!;
    const action = h.doc.fields.findIndex((f) => f.name === 'action.en');
    const ranges = h.highlights.find((x) => x.field === action)?.ranges;
    // "Rename the café ㎞ subnet.": the accent is a separate character and ㎞ folds to two.
    expect(ranges).toEqual([[19, 25]]);
    expect(marked(h)).toEqual(['Subnet', 'subnet', 'subnet']);
    expect(marked(hit('first', 'VPC.0201'))).toEqual(['ﬁrst']);
    expect(marked(hit('cafe', 'VPC.0201'))).toEqual(['cafe\u0301']);
    expect(marked(hit('km', 'VPC.0201'))).toEqual(['㎞']);
    expect(marked(hit('vpc', '404'))).toEqual(['ＶＰＣ']);
    expect(marked(hit('istanbul', '504'))).toEqual(['İstanbul']);
  });

  it('mark Chinese substrings, stems as whole words, parts of words, and word starts only', () => {
    expect(marked(hit('网关', '504'))).toEqual(['网关']);
    expect(marked(hit('deleting', '404'))).toEqual(['deleted']);
    expect(marked(hit('subnets', 'VPC.0104'))).toEqual(['Subnets', 'subnets']);
    expect(marked(hit('in', 'VPC.0201'))).toEqual(['in', 'in']);
  });

  it('mark a typo only where nothing matched as typed, and synonyms in either language', () => {
    expect(marked(hit('timout', '408'))).toEqual(['Timeout']);
    expect(marked(hit('超时', '504'))).toEqual(['Timeout', '超时', 'timed out']);
  });

  it('stay those of their own search when read after another search', () => {
    const earlier = index.search('subnet').hits;
    index.search('timeout');
    index.search('网关 timed');
    expect(marked(earlier.find((h) => h.doc.code === 'VPC.0201'))).toEqual(['Subnet', 'subnet', 'subnet']);
  });

  it('are sorted, disjoint and inside their field', () => {
    for (const q of ['subnet in use', 'timeout', 'ＶＰＣ', 'quota used', 'the', 'e']) {
      for (const h of index.search(q).hits) {
        for (const { field, ranges } of h.highlights) {
          const text = h.doc.fields[field]!.text;
          ranges.forEach(([a, b], i) => {
            expect(a).toBeLessThan(b);
            expect(b).toBeLessThanOrEqual(text.length);
            if (i) expect(a).toBeGreaterThan(ranges[i - 1]![1]);
          });
        }
      }
    }
  });

  it('mark the part of the code a code query matched', () => {
    expect(hit('vpc.01', 'VPC.0104')?.codeRange).toEqual([0, 6]);
    expect(hit('114', 'VPC.0114')?.codeRange).toEqual([4, 8]);
    expect(hit('0114', 'VPC.0114')?.codeRange).toEqual([4, 8]);
    expect(hit('40', '404')?.codeRange).toEqual([0, 2]);
    expect(hit('4xx', '404')?.codeRange).toEqual([0, 3]);
    expect(hit('subnet', 'VPC.0201')?.codeRange).toBeUndefined();
  });
});

describe('merge', () => {
  it('sorts ranges and joins those that overlap or touch', () => {
    expect(
      merge([
        [5, 8],
        [0, 2],
        [1, 3],
        [8, 9],
      ]),
    ).toEqual([
      [0, 3],
      [5, 9],
    ]);
  });
});
