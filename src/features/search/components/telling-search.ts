import type { SearchHit, SearchIndex } from '../engine/types';
import { tellingQuery } from '@/lib/paste/telling-words';

/** A text this long that matched nothing is a paste, not a query mistyped: it is searched by its telling words. */
export const LONG_TEXT = 40;

export interface TellingResult {
  /** The words searched for. */
  words: string;
  hits: SearchHit[];
}

/**
 * Hits for the telling words of a long text that matched nothing as it is: every word together
 * first; failing that, the documents that match the most of the words, best first.
 */
export function tellingSearch(index: SearchIndex, text: string, limit: number): TellingResult | null {
  const words = tellingQuery(text).trim();
  if (!words) return null;
  const together = index.search(words, { limit }).hits;
  if (together.length) return { words, hits: together };
  const found = new Map<SearchHit['doc'], { hit: SearchHit; words: number; score: number }>();
  for (const word of words.split(/\s+/)) {
    for (const hit of index.search(word).hits) {
      const seen = found.get(hit.doc);
      if (seen) {
        seen.words++;
        seen.score += hit.score;
      } else found.set(hit.doc, { hit, words: 1, score: hit.score });
    }
  }
  const hits = [...found.values()]
    .sort((a, b) => b.words - a.words || b.score - a.score)
    .slice(0, limit)
    .map((f) => f.hit);
  return hits.length ? { words, hits } : null;
}
