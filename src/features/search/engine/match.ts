import { charKind, type Index, type Prepared } from './build-index';
import { withinDistance } from './fuzzy';
import type { CodeQuery, Term } from './parse-query';
import { stem } from './stem';
import type { Alt } from './synonym-table';

/** How a term matched a document, worst to best. A term's value for a rank is level << 2 | quality. */
export const FUZZY = 1;
export const BODY = 2;
export const TITLE = 3;
export const CODE = 4;
/*
 * Quality: 2 the typed word, whole (or an exact code); 1 part of a word, a synonym (or a code prefix);
 * for a typo, 1 in a title and 0 in body text.
 */

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

/** A substring test on the documents that can hold it: those with its rarest Chinese character, or a token with its longest run of letters or digits. */
function scan(ix: Index, s: Scratch, text: string, v: Uint8Array, q: number): void {
  const stamp = ++s.stamp;
  const test = (r: number) => {
    if (!s.live[r] || s.seen[r] === stamp) return;
    s.seen[r] = stamp;
    const p = ix.prep[r]!;
    const x = p.title.includes(text) ? TITLE : p.body.includes(text) ? BODY : 0;
    if (x && ((x << 2) | q) > v[r]!) v[r] = (x << 2) | q;
  };
  let rare: number[] | undefined;
  let run = '';
  for (let i = 0, start = 0; i <= text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) {
      const list = ix.chars.get(c);
      if (!list) return;
      if (!rare || list.length < rare.length) rare = list;
    }
    if (!charKind(c)) start = i + 1;
    else if (i + 1 - start > run.length) run = text.slice(start, i + 1);
  }
  if (rare) for (const r of rare) test(r);
  else if (run) {
    for (let id = 0; id < ix.vocabText.length; id++) {
      if (!ix.vocabText[id]!.includes(run)) continue;
      for (const r of ix.title[id]!) test(r);
      for (const r of ix.body[id]!) test(r);
    }
  } else for (let i = 0; i < s.count; i++) test(s.alive[i]!);
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
