/*
 * Hand-written rather than a library (Fuse.js, FlexSearch, MiniSearch…): each is larger than this
 * whole module on the index page, tokenises Chinese poorly (no spaces to split on, so 代理 has to
 * be a plain substring test), knows nothing of "a code or the start of one" / "4xx", and reports
 * highlight offsets into its own normalised text rather than the string the UI renders. What we
 * need — substring, a bounded Damerau distance over a small English vocabulary, an NFKC offset map
 * and a tiny inverted index so 10,000 entries stay fast — is under 3 kB min+gz.
 *
 * Ranking is by tier (exact code, code prefix/class, substring, typo), then by code, then by input
 * order: finer relevance scores would reshuffle the rows of a reference table for no benefit.
 */
import { fold, foldQuery, toOriginal, type Folded } from './normalize';
import { typoBudget, withinDistance } from './fuzzy';

export interface SearchableEntry {
  code: number;
  reasonPhrase: string;
  description: { zh: string; en: string };
}

export type HighlightField = 'code' | 'reasonPhrase' | 'description.zh' | 'description.en';
export type MatchKind = 'code' | 'phrase' | 'fuzzy';

export interface Highlight {
  field: HighlightField;
  /** [start, end) offsets into the original field string (`String(code)` for 'code'), sorted, disjoint. */
  ranges: [start: number, end: number][];
}

export interface SearchMatch<E> {
  entry: E;
  /** 4 exact code, 3 code prefix or class, 2 substring, 1 typo-tolerant, 0 empty query. Higher first. */
  score: number;
  /** The weakest way any query word matched this entry ('phrase' for an empty query). */
  kind: MatchKind;
  /** Only fields with at least one range, in the order code, reasonPhrase, description.zh, description.en. */
  highlights: Highlight[];
}

import { type ClassFilter } from './class-filter';

export { CLASS_FILTERS, parseClassFilter, type ClassFilter } from './class-filter';

export interface SearchOptions {
  classFilter?: ClassFilter;
}

export interface SearchIndex<E extends SearchableEntry> {
  readonly entries: readonly E[];
  search(query: string, options?: SearchOptions): SearchMatch<E>[];
}

/** Only this many UTF-16 units of a query are considered; nobody types more into a filter box. */
export const MAX_QUERY_LENGTH = 200;
/** Words beyond this many distinct ones are ignored. */
export const MAX_QUERY_WORDS = 16;

const FIELDS = ['reasonPhrase', 'description.zh', 'description.en'] as const;
const SCORE = [4, 3, 2, 1];
const KIND: readonly MatchKind[] = ['code', 'code', 'phrase', 'fuzzy'];
/** How one word matched one entry, as bits; the lowest set bit is the tier (0 best … 3). */
const EXACT = 1;
const PREFIX = 2;
const SUB = 4;
const TYPO = 8;
const NONE = 4;
const tierOf = (flags: number): number => (flags ? 31 - Math.clz32(flags & -flags) : NONE);
/**
 * Tokens (maximal runs of a–z, or of 0–9, in folded text) are the vocabulary of the inverted
 * index: 1 letter, 2 digit, 0 neither.
 */
const charKind = (c: number): number => (c >= 97 && c <= 122 ? 1 : c >= 48 && c <= 57 ? 2 : 0);
const LETTERS = /^[a-z]+$/;
const DIGITS = /^\d+$/;
/** A code or its start, optionally padded with x: 4, 40, 404, 4x, 4xx, 40x. */
const CODE_QUERY = /^(\d{1,3})x*$/;

interface Prepared {
  code: number;
  /** Folded reasonPhrase, description.zh, description.en. */
  fields: [Folded, Folded, Folded];
  /** The three folded fields joined by U+0000, which a query word never contains: one test per word. */
  hay: string;
  /** Tokens as triples: vocabulary id, field index, folded start. For highlighting typo matches. */
  occ: Uint32Array;
}

interface Word {
  text: string;
  /** Letters: substring of a token. Digits: a whole number. Other (Chinese, punctuation, mixed): scan. */
  type: 'letters' | 'digits' | 'other';
  /** Codes lo–hi (three-digit) match; span is how much of the code to highlight. */
  code: { lo: number; hi: number; exact: boolean; span: number } | null;
  typos: number;
  /** Vocabulary flags: token within `typos` edits. */
  near: Uint8Array | null;
}

function parseCodeQuery(w: string): Word['code'] {
  if (w.length > 3) return null;
  const m = CODE_QUERY.exec(w);
  if (!m) return null;
  const prefix = m[1] ?? '';
  const scale = 10 ** (3 - prefix.length);
  const lo = Number(prefix) * scale;
  return { lo, hi: lo + scale - 1, exact: prefix.length === 3, span: w.length === prefix.length ? prefix.length : 3 };
}

function classMatches(filter: ClassFilter | undefined, code: number): boolean {
  return !filter || filter === 'all' || Math.floor(code / 100) === Number(filter[0]);
}

/**
 * Next occurrence of w in text at or after `from`, or -1. A number only matches a whole number,
 * so "40" (the start of a code) does not pick up every text that mentions 404.
 */
function find(text: string, w: Word, from: number): number {
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

function merge(ranges: [number, number][]): [number, number][] {
  if (ranges.length < 2) return ranges;
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

export function createSearchIndex<E extends SearchableEntry>(entries: readonly E[]): SearchIndex<E> {
  const vocab = new Map<string, number>();
  const vocabText: string[] = [];
  /** Letter tokens by length, for the typo scan. */
  const byLength: number[][] = [];
  const letterIds: number[] = [];
  const prepared = entries.map((e): Prepared => {
    const fields: Prepared['fields'] = [fold(e.reasonPhrase), fold(e.description.zh), fold(e.description.en)];
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
    return {
      code: e.code,
      fields,
      hay: `${fields[0].text}\0${fields[1].text}\0${fields[2].text}`,
      occ: new Uint32Array(occ),
    };
  });

  // Entries by code, then input order; "rank" below is a position in this order, so results come
  // out sorted without a sort per query and a class is a contiguous range.
  const ranked = prepared.map((p, i) => ({ p, i })).sort((a, b) => a.p.code - b.p.code || a.i - b.i);
  const n = ranked.length;
  /** Per token: ranks of the entries containing it anywhere, and in reasonPhrase/description.en (typo candidates). */
  const postings: number[][] = vocabText.map(() => []);
  const typoPostings: number[][] = vocabText.map(() => []);
  const post = (list: number[], r: number) => {
    if (list[list.length - 1] !== r) list.push(r);
  };
  ranked.forEach(({ p }, r) => {
    for (let k = 0; k < p.occ.length; k += 3) {
      const id = p.occ[k]!;
      post(postings[id]!, r);
      if (p.occ[k + 1] !== 1) post(typoPostings[id]!, r);
    }
  });

  const nearWords = (w: Word): Uint8Array => {
    if (w.near) return w.near;
    const near = new Uint8Array(vocabText.length);
    for (let len = w.text.length - w.typos; len <= w.text.length + w.typos; len++) {
      for (const id of byLength[len] ?? []) if (withinDistance(w.text, vocabText[id] ?? '', w.typos)) near[id] = 1;
    }
    return (w.near = near);
  };

  /** How word w matches each entry in ranks [lo, hi) that is still alive (tiers[r] !== NONE). */
  const matchWord = (w: Word, lo: number, hi: number, tiers: Uint8Array): Uint8Array => {
    const flags = new Uint8Array(n);
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
        const near = nearWords(w);
        near.forEach((hit, id) => hit && mark(typoPostings[id], TYPO));
      }
    } else if (w.type === 'digits') {
      mark(postings[vocab.get(w.text) ?? -1], SUB);
    } else {
      for (let r = lo; r < hi; r++) if (tiers[r] !== NONE && find(ranked[r]!.p.hay, w, 0) !== -1) flags[r]! |= SUB;
    }
    return flags;
  };

  // Called for every hit: plain loops.
  const highlight = (p: Prepared, words: Word[], flags: Uint8Array[], r: number): Highlight[] => {
    let code: [number, number][] | undefined;
    let perField: ([number, number][] | undefined)[] | undefined;
    const add = (i: number, range: [number, number]) => ((perField ??= [])[i] ??= []).push(range);
    for (let j = 0; j < words.length; j++) {
      const w = words[j]!;
      const f = flags[j]![r]!;
      if (w.code && f & (EXACT | PREFIX)) (code ??= []).push([0, w.code.span]);
      if (f & SUB) {
        const len = w.text.length;
        for (let i = 0; i < 3; i++) {
          const field = p.fields[i]!;
          for (let at = find(field.text, w, 0); at !== -1; at = find(field.text, w, at + len)) {
            add(i, toOriginal(field, at, at + len));
          }
        }
      } else if (f & TYPO) {
        const near = nearWords(w);
        for (let k = 0; k < p.occ.length; k += 3) {
          const id = p.occ[k]!;
          const i = p.occ[k + 1]!;
          const at = p.occ[k + 2]!;
          if (near[id] && i !== 1) add(i, toOriginal(p.fields[i]!, at, at + vocabText[id]!.length));
        }
      }
    }
    const out: Highlight[] = [];
    if (code) out.push({ field: 'code', ranges: merge(code) });
    for (let i = 0; i < 3; i++) {
      const ranges = perField?.[i];
      if (ranges) out.push({ field: FIELDS[i]!, ranges: merge(ranges) });
    }
    return out;
  };

  const search = (query: string, options?: SearchOptions): SearchMatch<E>[] => {
    const filter = options?.classFilter;
    let lo = 0;
    let hi = n;
    if (filter && filter !== 'all') {
      while (lo < n && !classMatches(filter, ranked[lo]!.p.code)) lo++;
      hi = lo;
      while (hi < n && classMatches(filter, ranked[hi]!.p.code)) hi++;
    }
    const q = typeof query === 'string' ? foldQuery(query, MAX_QUERY_LENGTH) : '';
    const words: Word[] = [...new Set(q.split(/\s+/u))]
      .filter(Boolean)
      .slice(0, MAX_QUERY_WORDS)
      .map((text) => ({
        text,
        type: LETTERS.test(text) ? 'letters' : DIGITS.test(text) ? 'digits' : 'other',
        code: parseCodeQuery(text),
        typos: typoBudget(text),
        near: null,
      }));
    // Index look-ups first; words that need a scan then only scan the entries still alive.
    words.sort((a, b) => Number(a.type === 'other') - Number(b.type === 'other'));

    const tiers = new Uint8Array(n);
    const flags: Uint8Array[] = [];
    for (const w of words) {
      const f = matchWord(w, lo, hi, tiers);
      flags.push(f);
      let alive = 0;
      for (let r = lo; r < hi; r++) {
        const t = tierOf(f[r]!);
        if (t > tiers[r]!) tiers[r] = t;
        if (tiers[r] !== NONE) alive++;
      }
      if (!alive) return [];
    }

    const out: SearchMatch<E>[] = [];
    for (let tier = 0; tier < NONE; tier++) {
      for (let r = lo; r < hi; r++) {
        if (tiers[r] !== tier) continue;
        const { p, i } = ranked[r]!;
        out.push({
          entry: entries[i]!,
          score: words.length ? SCORE[tier]! : 0,
          kind: words.length ? KIND[tier]! : 'phrase',
          highlights: words.length ? highlight(p, words, flags, r) : [],
        });
      }
    }
    return out;
  };

  return { entries, search };
}

const indexCache = new WeakMap<readonly SearchableEntry[], { length: number; index: SearchIndex<SearchableEntry> }>();

/**
 * One-shot search. The index for an entries array is cached (weakly), so calling this on every
 * keystroke with the same array only folds the entries once; treat that array as immutable.
 */
export function searchEntries<E extends SearchableEntry>(
  query: string,
  entries: readonly E[],
  options?: SearchOptions,
): SearchMatch<E>[] {
  let cached = indexCache.get(entries);
  if (!cached || cached.length !== entries.length) {
    cached = { length: entries.length, index: createSearchIndex(entries) };
    indexCache.set(entries, cached);
  }
  return (cached.index as SearchIndex<E>).search(query, options);
}

/**
 * For a query that looks like a code ("418", "４１８", "41", "4xx") but matched nothing: the n
 * distinct codes closest to it, nearest first, ties by lower code. [] for anything else.
 */
export function nearestCodes(
  query: string,
  entries: readonly SearchableEntry[],
  n = 3,
  options?: SearchOptions,
): number[] {
  const q = typeof query === 'string' ? foldQuery(query, MAX_QUERY_LENGTH) : '';
  const code = parseCodeQuery(q);
  const count = Number.isFinite(n) ? Math.max(0, Math.floor(n)) : 0;
  if (!code || !count) return [];
  const { lo, hi } = code;
  const filter = options?.classFilter ?? 'all';
  const codes = [...new Set(entries.map((e) => e.code))].filter((c) => classMatches(filter, c));
  const distance = (c: number): number => (c < lo ? lo - c : c > hi ? c - hi : 0);
  return codes.sort((a, b) => distance(a) - distance(b) || a - b).slice(0, count);
}
