import { pairOf, WORD, type Index, type Prepared } from './build-index';
import { BODY, TITLE } from './levels';
import type { Term } from './parse-query';
import type { Scratch } from './scratch';

/*
 * The whole query as one phrase ranks above its words scattered. Where every term is a word, the
 * phrase is found from the postings of word pairs (words one space apart): each pair of neighbouring
 * terms, as they matched (a part, a stem, a synonym), must stand next to each other in that order.
 * Otherwise (Chinese, punctuation) it is looked for as text in its script's fields.
 */

/** Beyond this many pairs of matched tokens to look up, reading the text is cheaper. */
const MAX_PAIRS = 20000;

/**
 * Fills s.phrase for the live ranks: TITLE where every pair stands next to each other in a title, BODY
 * where every pair does somewhere. False (nothing filled) when the terms are not all words.
 */
export function wordPhrase(ix: Index, s: Scratch, terms: readonly Term[]): boolean {
  if (terms.length < 2 || terms.some((t) => !t.alts.length || t.alts.some((a) => a.kind === 'scan'))) return false;
  const tokens = terms.map((_, j) => s.marked.filter((id) => s.mark[id]! & (1 << j)));
  for (let j = 1; j < terms.length; j++) if (tokens[j - 1]!.length * tokens[j]!.length > MAX_PAIRS) return false;
  for (let j = 1; j < terms.length; j++) {
    const level = j === 1 ? s.phrase : s.pair;
    level.fill(0);
    for (const a of tokens[j - 1]!) {
      for (const b of tokens[j]!) {
        const pair = pairOf(ix, WORD + a, b);
        if (!pair) continue;
        for (const r of pair[0]) level[r] = TITLE;
        for (const r of pair[1]) level[r] ||= BODY;
      }
    }
    if (j === 1) continue;
    for (let i = 0; i < s.count; i++) {
      const r = s.alive[i]!;
      s.phrase[r] = Math.min(s.phrase[r]!, s.pair[r]!);
    }
  }
  return true;
}

/** The phrase as text, for queries that are not all words. */
export interface Phrase {
  text: string;
  /** 1 when it has Chinese, else 0: an offset into Prepared.hays. */
  wide: number;
}

export const queryPhrase = (text: string): Phrase => ({ text, wide: /[^\0-\x7f]/.test(text) ? 1 : 0 });

/** TITLE or BODY where document p has the phrase as text, or 0. */
export function phraseIn(p: Prepared, ph: Phrase): number {
  return p.hays[ph.wide]!.includes(ph.text) ? TITLE : p.hays[2 + ph.wide]!.includes(ph.text) ? BODY : 0;
}
