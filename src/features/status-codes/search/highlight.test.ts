// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { statusCodes } from '@/features/status-codes/data/status-codes';
import { typoBudget, withinDistance } from './fuzzy';
import { merge } from './highlight';
import { fold } from './normalize';
import { createSearchIndex, type HighlightField, type SearchableEntry } from './search';
import { fixture, ranges } from './test-fixture';

const real = createSearchIndex(statusCodes);
const fixed = createSearchIndex(fixture);
const hit = (q: string, id: string) => fixed.search(q).find((m) => m.entry.id === id);

const fieldText = (e: SearchableEntry, field: HighlightField): string =>
  field === 'code'
    ? String(e.code)
    : field === 'reasonPhrase'
      ? e.reasonPhrase
      : e.description[field === 'description.zh' ? 'zh' : 'en'];

describe('highlights', () => {
  it('every range covers text that folds to the query word (or a typo of it), on the real data', () => {
    const queries = ['timeout', 'timout', 'not found', '服务器', '代理', 'ＮＯＴ', 'forbiden', '40', 'request'];
    for (const q of queries) {
      const words = fold(q).text.split(' ');
      const matches = real.search(q);
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

  it('marks the matched part of the code, and a number in the text', () => {
    expect(fixed.search('40')[0]?.highlights).toEqual([{ field: 'code', ranges: [[0, 2]] }]);
    expect(ranges(fixed.search('4xx')[0], 'code')).toEqual([[0, 3]]);
    expect(ranges(hit('404', 'bad-gw'), 'description.en')).toEqual([[40, 43]]);
  });

  it('maps ranges in full-width text back to it', () => {
    expect(ranges(hit('VPC', 'bad-gw'), 'description.zh')).toEqual([[2, 5]]);
  });

  it('keeps offsets right when folding changes the length', () => {
    const en = fixture.find((e) => e.id === 'conflict')!.description.en;
    const at = en.indexOf('ﬁrewall'); // the ligature folds to two characters
    expect(ranges(hit('firewall', 'conflict'), 'description.en')).toEqual([[at, at + 'ﬁrewall'.length]]);
    // İ lower-cases to two characters, shifting everything after it in the folded text.
    const gw = hit('gateway', 'gw-timeout');
    expect(ranges(gw, 'description.en')).toEqual([[9, 16]]);
    expect(ranges(gw, 'reasonPhrase')).toEqual([[0, 7]]);
  });

  it('merges overlapping ranges and marks every occurrence', () => {
    expect(ranges(hit('time timeout', 'gw-timeout'), 'reasonPhrase')).toEqual([[8, 15]]);
    expect(ranges(hit('t', 'gw-timeout'), 'reasonPhrase')).toEqual([
      [2, 3],
      [8, 9],
      [14, 15],
    ]);
  });

  it('marks the word that was matched despite the typo', () => {
    expect(fixed.search('forbiden')[0]?.highlights).toEqual([{ field: 'reasonPhrase', ranges: [[0, 9]] }]);
  });
});

describe('merge', () => {
  it('sorts ranges and joins those that overlap or touch', () => {
    expect(
      merge([
        [6, 8],
        [0, 2],
        [1, 3],
        [3, 4],
        [10, 11],
        [6, 7],
      ]),
    ).toEqual([
      [0, 4],
      [6, 8],
      [10, 11],
    ]);
    expect(merge([[2, 5]])).toEqual([[2, 5]]);
    expect(merge([])).toEqual([]);
  });
});
