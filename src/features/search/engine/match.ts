import { charKind, pairKey, type Index, type Prepared } from './build-index';
import { withinDistance } from './fuzzy';
import { BODY, CODE, FUZZY, TITLE } from './levels';
import type { CodeQuery, Term } from './parse-query';
import { stem } from './stem';
import type { Alt } from './synonym-table';

/** Per-index buffers reused by every search, so a query allocates next to nothing per document. */
export interface Scratch {
  /** Per term, per rank: the best level << 2 | quality (0: no match). */
  values: Uint8Array[];
  /** The ranks matching every term so far (count of them), and the same as flags per rank. */
  alive: Int32Array;
  count: number;
  live: Uint8Array;
  /** Per vocabulary id: bit j if term j matched it as typed or by synonym, bit 16 + j by a typo. */
  mark: Uint32Array;
  marked: number[];
  /** Per rank, the last substring scan that tested it; `stamp` numbers the scans. */
  seen: Uint32Array;
  stamp: number;
}

export function codeMatches(c: CodeQuery, p: Prepared): 0 | 1 | 2 {
  const { kind, num } = p.doc;
  if (kind === 'status') return c.status && num >= c.status[0] && num <= c.status[1] ? (c.span === 3 ? 2 : 1) : 0;
  if (c.letters !== null && c.letters !== p.letters) return 0;
  if (c.num === num) return 2;
  return c.digits !== null && p.digits.startsWith(c.digits) ? (c.digits.length === 4 ? 2 : 1) : 0;
}

/** Raises v[r] to x for the live ranks of a posting list. */
function raise(s: Scratch, v: Uint8Array, list: readonly number[], x: number): void {
  for (const r of list) if (s.live[r] && x > v[r]!) v[r] = x;
}

/** Tokens an a–z word or number matches: word starts for one or two letters, else a part or the stem. */
function eachToken(ix: Index, a: Alt, fn: (id: number, whole: boolean) => void): void {
  const w = a.text;
  if (a.kind === 'number') {
    const id = ix.vocab.get(w);
    if (id !== undefined) fn(id, true);
    return;
  }
  const short = w.length <= 2;
  for (const id of ix.letterIds) {
    const t = ix.vocabText[id]!;
    if (short ? t.startsWith(w) : t.includes(w)) fn(id, t.length === w.length);
  }
  if (!short) for (const id of ix.stems.get(stem(w)) ?? []) fn(id, true);
}

/**
 * A substring test, on the documents that can hold the text: for Chinese, those with its rarest pair of
 * characters (a two-character word needs no test at all: the pair's postings say where it is); for
 * ASCII, those with a token holding its longest run of letters or digits.
 */
function scan(ix: Index, s: Scratch, text: string, v: Uint8Array, q: number): void {
  const stamp = ++s.stamp;
  const inTitle = (TITLE << 2) | q;
  const inBody = (BODY << 2) | q;
  // Chinese is only in the fields that are not plain ASCII.
  const wide = /[^\0-\x7f]/.test(text);
  const has = (hays: readonly string[], g: number) => (!wide && hays[g]!.includes(text)) || hays[g + 1]!.includes(text);
  /** Reads only the text that could raise v[r]: none once in a title, the titles once in body text. */
  const test = (r: number, bodyOnly: boolean) => {
    if (!s.live[r] || s.seen[r] === stamp || v[r]! >= inTitle) return;
    s.seen[r] = stamp;
    const { hays } = ix.prep[r]!;
    const level = !bodyOnly && has(hays, 0) ? TITLE : v[r]! < inBody && has(hays, 2) ? BODY : 0;
    if (level === TITLE) v[r] = inTitle;
    else if (level === BODY && v[r]! < inBody) v[r] = inBody;
  };
  // Candidates: [ranks with it in a title, ranks with it in body text only] of a pair, token or character.
  let lists: [readonly number[], readonly number[]] | undefined;
  let run = '';
  for (let i = 0, start = 0; i <= text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) {
      const pair = text.charCodeAt(i + 1) >= 0x80;
      const key = pair ? pairKey(text, i) : c;
      const found: [readonly number[], readonly number[]] = pair
        ? [ix.pairsTitle.get(key) ?? [], ix.pairsBody.get(key) ?? []]
        : [ix.chars.get(c) ?? [], []];
      const size = found[0].length + found[1].length;
      if (!size) return;
      if (!lists || size < lists[0].length + lists[1].length) lists = found;
      if (pair && text.length === 2) {
        // Two characters: the pair's postings are the answer, with no text to read.
        raise(s, v, found[0], inTitle);
        raise(s, v, found[1], inBody);
        return;
      }
    }
    if (!charKind(c)) start = i + 1;
    else if (i + 1 - start > run.length) run = text.slice(start, i + 1);
  }
  if (lists) {
    for (const r of lists[0]) test(r, false);
    for (const r of lists[1]) test(r, true);
  } else if (run) {
    for (let id = 0; id < ix.vocabText.length; id++) {
      if (!ix.vocabText[id]!.includes(run)) continue;
      for (const r of ix.title[id]!) test(r, false);
      for (const r of ix.body[id]!) test(r, false);
    }
  } else for (let i = 0; i < s.count; i++) test(s.alive[i]!, false);
}

/** Fills v (cleared) with how term j matches each live rank. */
export function matchTerm(ix: Index, s: Scratch, term: Term, j: number, v: Uint8Array): void {
  if (term.code) {
    for (let i = 0; i < s.count; i++) {
      const r = s.alive[i]!;
      const q = codeMatches(term.code, ix.prep[r]!);
      if (q) v[r] = (CODE << 2) | q;
    }
  }
  let exact = false;
  for (const a of term.alts) {
    if (a.kind === 'scan') {
      scan(ix, s, a.text, v, a.direct ? 2 : 1);
      continue;
    }
    eachToken(ix, a, (id, whole) => {
      const q = a.direct && whole ? 2 : 1;
      exact ||= a.direct && whole;
      if (!s.mark[id]) s.marked.push(id);
      s.mark[id]! |= 1 << j;
      raise(s, v, ix.title[id]!, (TITLE << 2) | q);
      raise(s, v, ix.body[id]!, (BODY << 2) | q);
    });
  }
  // Typos only for a word no text has as typed: a known word is not taken for a misspelling.
  const w = term.alts[0]?.text ?? '';
  if (!term.typos || exact) return;
  for (let len = w.length - term.typos; len <= w.length + term.typos; len++) {
    for (const id of ix.byLength[len] ?? []) {
      if (s.mark[id]! & (1 << j) || !withinDistance(w, ix.vocabText[id]!, term.typos)) continue;
      if (!s.mark[id]) s.marked.push(id);
      s.mark[id]! |= 1 << (16 + j);
      raise(s, v, ix.typo[id]!, FUZZY << 2);
      // A typo in a title still ranks above one in body text.
      for (const r of ix.title[id]!) if (v[r] === FUZZY << 2) v[r] = (FUZZY << 2) | 1;
    }
  }
}
