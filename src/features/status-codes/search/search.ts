/*
 * Hand-written rather than a library (Fuse.js, FlexSearch, MiniSearch…): each is larger than all
 * of this search code on the index page, tokenises Chinese poorly (no spaces to split on, so 代理
 * has to be a plain substring test), knows nothing of "a code or the start of one" / "4xx", and
 * reports highlight offsets into its own normalised text rather than the string the UI renders.
 * What we need — substring, a bounded Damerau distance over a small English vocabulary, an NFKC
 * offset map and a tiny inverted index so 10,000 entries stay fast — is under 3 kB min+gz.
 *
 * Ranking is by tier (exact code, code prefix/class, substring, typo), then by code, then by input
 * order: finer relevance scores would reshuffle the rows of a reference table for no benefit.
 */
import { buildIndex, rankRange } from './build-index';
import type { ClassFilter } from './class-filter';
import type { SearchableEntry } from './fields';
import { highlight, type Highlight } from './highlight';
import { KIND, matchWords, NONE, SCORE, type MatchKind } from './match';
import { parseQuery } from './query';

export { CLASS_FILTERS, parseClassFilter, type ClassFilter } from './class-filter';
export type { HighlightField, SearchableEntry } from './fields';
export type { Highlight } from './highlight';
export type { MatchKind } from './match';
export { nearestCodes } from './nearest-codes';
export { MAX_QUERY_LENGTH, MAX_QUERY_WORDS } from './query';

export interface SearchMatch<E> {
  entry: E;
  /** 4 exact code, 3 code prefix or class, 2 substring, 1 typo-tolerant, 0 empty query. Higher first. */
  score: number;
  /** The weakest way any query word matched this entry ('phrase' for an empty query). */
  kind: MatchKind;
  /** Only fields with at least one range, in the order code, then the text fields (see fields.ts). */
  highlights: Highlight[];
}

export interface SearchOptions {
  classFilter?: ClassFilter;
}

export interface SearchIndex<E extends SearchableEntry> {
  readonly entries: readonly E[];
  search(query: string, options?: SearchOptions): SearchMatch<E>[];
}

export function createSearchIndex<E extends SearchableEntry>(entries: readonly E[]): SearchIndex<E> {
  const index = buildIndex(entries);
  const { ranked } = index;

  const search = (query: string, options?: SearchOptions): SearchMatch<E>[] => {
    const [lo, hi] = rankRange(index, options?.classFilter);
    const words = parseQuery(query);
    const matched = matchWords(index, words, lo, hi);
    if (!matched) return [];
    const { tiers, flags } = matched;
    const out: SearchMatch<E>[] = [];
    for (let tier = 0; tier < NONE; tier++) {
      for (let r = lo; r < hi; r++) {
        if (tiers[r] !== tier) continue;
        const { p, i } = ranked[r]!;
        out.push({
          entry: entries[i]!,
          score: words.length ? SCORE[tier]! : 0,
          kind: words.length ? KIND[tier]! : 'phrase',
          highlights: words.length ? highlight(index, p, words, flags, r) : [],
        });
      }
    }
    return out;
  };

  return { entries, search };
}
