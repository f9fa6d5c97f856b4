import type { Index } from './build-index';
import { CODE } from './levels';
import type { Scratch } from './scratch';
import { phraseIn, type Phrase } from './phrase';
import type { MatchTier } from './types';

/*
 * A hit's score, first key first: a code match; the weakest term's level (every term found in a title,
 * then in body text, then with a typo); the whole query as one phrase (in a title, in body text); the
 * sum of the terms' levels; how many typed words matched whole rather than in part or by a synonym.
 * Ties go to the rank (status codes first, then by code), which the caller packs in below the score.
 */
/** `phrase`: true when s.phrase says where the query is one phrase, else the phrase as text, or null. */
export function scoreOf(ix: Index, s: Scratch, terms: number, r: number, phrase: Phrase | boolean | null): number {
  if (!terms) return 0;
  let min = CODE;
  let sum = 0;
  let quality = 0;
  let code = 0;
  for (let j = 0; j < terms; j++) {
    const x = s.values[j]![r]!;
    min = Math.min(min, x >> 2);
    sum += x >> 2;
    quality += x & 3;
    if (x >> 2 === CODE) code = 1;
  }
  // TITLE (3) or BODY (2) as 2 or 1.
  const level = phrase === true ? s.phrase[r]! : phrase ? phraseIn(ix.prep[r]!, phrase) : 0;
  const inPhrase = Math.max(0, level - 1);
  return (((code * 5 + min) * 3 + inPhrase) * 65 + sum) * 33 + quality;
}

const TIERS: readonly MatchTier[] = ['fuzzy', 'fuzzy', 'body', 'title', 'code'];

/** The tier a score says: 'code' for a code match, else how the weakest term matched. */
export const tierOf = (score: number): MatchTier => {
  const keys = Math.floor(score / (3 * 65 * 33));
  return TIERS[keys >= 5 ? CODE : keys]!;
};
