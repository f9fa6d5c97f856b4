import { charKind, type BuiltIndex } from './build-index';
import { withinDistance } from './fuzzy';
import type { Word } from './query';

export type MatchKind = 'code' | 'phrase' | 'fuzzy';

/** How one word matched one entry, as bits; the lowest set bit is the tier (0 best … 3). */
export const EXACT = 1;
export const PREFIX = 2;
export const SUB = 4;
export const TYPO = 8;
/** The tier of an entry that some word did not match. */
export const NONE = 4;
const tierOf = (flags: number): number => (flags ? 31 - Math.clz32(flags & -flags) : NONE);
/** What each tier reports: exact code, code prefix or class, substring, typo-tolerant. */
export const SCORE = [4, 3, 2, 1];
export const KIND: readonly MatchKind[] = ['code', 'code', 'phrase', 'fuzzy'];

/**
 * Next occurrence of w in text at or after `from`, or -1. A number only matches a whole number,
 * so "40" (the start of a code) does not pick up every text that mentions 404.
 */
export function find(text: string, w: Word, from: number): number {
  const n = w.text;
  for (let at = text.indexOf(n, from); at !== -1; at = text.indexOf(n, at + 1)) {
    if (
      w.type !== 'digits' ||
      (charKind(text.charCodeAt(at - 1)) !== 2 && charKind(text.charCodeAt(at + n.length)) !== 2)
    ) {
      return at;
    }
  }
  return -1;
}

export function nearWords({ vocabText, byLength }: BuiltIndex, w: Word): Uint8Array {
  if (w.near) return w.near;
  const near = new Uint8Array(vocabText.length);
  for (let len = w.text.length - w.typos; len <= w.text.length + w.typos; len++) {
    for (const id of byLength[len] ?? []) if (withinDistance(w.text, vocabText[id] ?? '', w.typos)) near[id] = 1;
  }
  return (w.near = near);
}

/** How word w matches each entry in ranks [lo, hi) that is still alive (tiers[r] !== NONE). */
function matchWord(index: BuiltIndex, w: Word, lo: number, hi: number, tiers: Uint8Array): Uint8Array {
  const { ranked, vocab, vocabText, letterIds, postings, typoPostings } = index;
  const flags = new Uint8Array(ranked.length);
  const mark = (list: readonly number[] | undefined, bit: number) => {
    for (const r of list ?? []) flags[r]! |= bit;
  };
  if (w.code) {
    const { lo: min, hi: max, exact } = w.code;
    for (let r = lo; r < hi; r++) {
      const c = ranked[r]!.p.code;
      if (c >= min && c <= max) flags[r] = exact ? EXACT : PREFIX;
    }
  }
  if (w.type === 'letters') {
    for (const id of letterIds) if (vocabText[id]!.includes(w.text)) mark(postings[id], SUB);
    if (w.typos) {
      const near = nearWords(index, w);
      near.forEach((hit, id) => hit && mark(typoPostings[id], TYPO));
    }
  } else if (w.type === 'digits') {
    mark(postings[vocab.get(w.text) ?? -1], SUB);
  } else {
    for (let r = lo; r < hi; r++) if (tiers[r] !== NONE && find(ranked[r]!.p.hay, w, 0) !== -1) flags[r]! |= SUB;
  }
  return flags;
}

/**
 * Every word must match: an entry's tier is that of its worst-matching word (NONE if one did not
 * match). flags[j][r] is how words[j] matched rank r. Null as soon as nothing in [lo, hi) is left.
 */
export function matchWords(
  index: BuiltIndex,
  words: Word[],
  lo: number,
  hi: number,
): { tiers: Uint8Array; flags: Uint8Array[] } | null {
  const tiers = new Uint8Array(index.ranked.length);
  const flags: Uint8Array[] = [];
  for (const w of words) {
    const f = matchWord(index, w, lo, hi, tiers);
    flags.push(f);
    let alive = 0;
    for (let r = lo; r < hi; r++) {
      const t = tierOf(f[r]!);
      if (t > tiers[r]!) tiers[r] = t;
      if (tiers[r] !== NONE) alive++;
    }
    if (!alive) return null;
  }
  return { tiers, flags };
}
