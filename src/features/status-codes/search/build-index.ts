import type { ClassFilter } from './class-filter';
import { readTextFields, TEXT_FIELDS, type SearchableEntry } from './fields';
import { fold, type Folded } from './normalize';
import { classMatches } from './query';

/**
 * Tokens (maximal runs of a–z, or of 0–9, in folded text) are the vocabulary of the inverted
 * index: 1 letter, 2 digit, 0 neither.
 */
export const charKind = (c: number): number => (c >= 97 && c <= 122 ? 1 : c >= 48 && c <= 57 ? 2 : 0);

export interface Prepared {
  code: number;
  /** The folded text fields, in TEXT_FIELDS order. */
  fields: Folded[];
  /** The folded fields joined by U+0000, which a query word never contains: one test per word. */
  hay: string;
  /** Tokens as triples: vocabulary id, field index, folded start. For highlighting typo matches. */
  occ: Uint32Array;
}

export interface BuiltIndex {
  /** Token → vocabulary id, and id → token. */
  vocab: Map<string, number>;
  vocabText: string[];
  /** Ids of letter tokens, all and by length (for the typo scan). */
  letterIds: number[];
  byLength: number[][];
  /**
   * Entries by code, then input order i; a rank is a position here, so results come out sorted
   * without a sort per query and a class is a contiguous range.
   */
  ranked: { p: Prepared; i: number }[];
  /** Per token: ranks of the entries containing it anywhere, and in a field that allows typos. */
  postings: number[][];
  typoPostings: number[][];
}

export function buildIndex(entries: readonly SearchableEntry[]): BuiltIndex {
  const vocab = new Map<string, number>();
  const vocabText: string[] = [];
  const letterIds: number[] = [];
  const byLength: number[][] = [];
  const prepared = entries.map((e): Prepared => {
    const fields = readTextFields(e).map((t) => fold(t));
    const occ: number[] = [];
    fields.forEach(({ text }, i) => {
      for (let start = 0, end = 1; start < text.length; start = end++) {
        const kind = charKind(text.charCodeAt(start));
        if (!kind) continue;
        while (charKind(text.charCodeAt(end)) === kind) end++;
        const t = text.slice(start, end);
        let id = vocab.get(t);
        if (id === undefined) {
          vocab.set(t, (id = vocabText.length));
          vocabText.push(t);
          if (kind === 1) {
            letterIds.push(id);
            (byLength[t.length] ??= []).push(id);
          }
        }
        occ.push(id, i, start);
      }
    });
    // Concatenated, not joined: join copies every text at once, which made building measurably slower.
    let hay = fields[0]?.text ?? '';
    for (let i = 1; i < fields.length; i++) hay += `\0${fields[i]!.text}`;
    return { code: e.code, fields, hay, occ: new Uint32Array(occ) };
  });

  const ranked = prepared.map((p, i) => ({ p, i })).sort((a, b) => a.p.code - b.p.code || a.i - b.i);
  const postings: number[][] = vocabText.map(() => []);
  const typoPostings: number[][] = vocabText.map(() => []);
  const typoField = TEXT_FIELDS.map((f) => f.typos);
  const post = (list: number[], r: number) => {
    if (list[list.length - 1] !== r) list.push(r);
  };
  ranked.forEach(({ p }, r) => {
    for (let k = 0; k < p.occ.length; k += 3) {
      const id = p.occ[k]!;
      post(postings[id]!, r);
      if (typoField[p.occ[k + 1]!]) post(typoPostings[id]!, r);
    }
  });
  return { vocab, vocabText, letterIds, byLength, ranked, postings, typoPostings };
}

/** The ranks [lo, hi) of the entries a class filter lets through. */
export function rankRange({ ranked }: BuiltIndex, filter: ClassFilter | undefined): [lo: number, hi: number] {
  const n = ranked.length;
  let lo = 0;
  let hi = n;
  if (filter && filter !== 'all') {
    while (lo < n && !classMatches(filter, ranked[lo]!.p.code)) lo++;
    hi = lo;
    while (hi < n && classMatches(filter, ranked[hi]!.p.code)) hi++;
  }
  return [lo, hi];
}
