import type { Index, Prepared } from './build-index';
import { withinDistance } from './fuzzy';
import { BODY, CODE, FUZZY, TITLE } from './levels';
import type { CodeQuery, Term } from './parse-query';
import { scan } from './scan';
import { raise, type Scratch } from './scratch';
import { stem } from './stem';
import type { Alt } from './synonym-table';

export function codeMatches(c: CodeQuery, p: Prepared): 0 | 1 | 2 {
  const { kind, num } = p.doc;
  if (kind === 'status') return c.status && num >= c.status[0] && num <= c.status[1] ? (c.span === 3 ? 2 : 1) : 0;
  if (c.letters !== null && c.letters !== p.letters) return 0;
  if (c.num === num) return 2;
  return c.digits !== null && p.digits.startsWith(c.digits) ? (c.digits.length === 4 ? 2 : 1) : 0;
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
