import type { Index, Prepared } from './build-index';
import { toOriginal } from './fold';
import { BODY, CODE, FUZZY } from './levels';
import { codeMatches } from './match';
import type { Term } from './parse-query';
import type { FieldHighlight } from './types';

type Range = [start: number, end: number];

export function merge(ranges: Range[]): Range[] {
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Range[] = [];
  for (const [start, end] of ranges) {
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/** The part of a token a term's word matched (a word start, a part), or all of it (a stem, a typo). */
function tokenRange(term: Term, token: string, start: number): Range {
  for (const a of term.alts) {
    if (a.kind === 'scan') continue;
    const at = a.text.length <= 2 ? (token.startsWith(a.text) ? 0 : -1) : token.indexOf(a.text);
    if (at !== -1) return [start + at, start + at + a.text.length];
  }
  return [start, start + token.length];
}

/** How each term matched one document, packed three bits a term: 16 terms fit a double exactly. */
export const packLevels = (values: readonly Uint8Array[], terms: number, r: number): number => {
  let packed = 0;
  for (let j = terms - 1; j >= 0; j--) packed = packed * 8 + (values[j]![r]! >> 2);
  return packed;
};
const levelOf = (packed: number, j: number): number => Math.floor(packed / 8 ** j) % 8;

/**
 * Where the terms matched document rank r, as ranges on its original field texts. `mark` says which
 * tokens each term matched (see Scratch), `levels` how each term matched this document.
 */
export function highlight(
  ix: Index,
  mark: Uint32Array,
  terms: readonly Term[],
  r: number,
  levels: number,
): FieldHighlight[] {
  const p = ix.prep[r]!;
  const per: (Range[] | undefined)[] = [];
  const add = (i: number, range: Range) => (per[i] ??= []).push(range);
  for (let k = 0; k < p.occ.length; k += 3) {
    const m = mark[p.occ[k]!]!;
    if (!m) continue;
    const token = ix.vocabText[p.occ[k]!]!;
    for (let j = 0; j < terms.length; j++) {
      const level = levelOf(levels, j);
      if (m & (1 << j) && level >= BODY) add(p.occ[k + 1]!, tokenRange(terms[j]!, token, p.occ[k + 2]!));
      else if (m & (1 << (16 + j)) && level === FUZZY)
        add(p.occ[k + 1]!, [p.occ[k + 2]!, p.occ[k + 2]! + token.length]);
    }
  }
  terms.forEach((term, j) => {
    if (levelOf(levels, j) < BODY) return;
    for (const a of term.alts) {
      if (a.kind !== 'scan') continue;
      p.fields.forEach(({ text }, i) => {
        for (let at = text.indexOf(a.text); at !== -1; at = text.indexOf(a.text, at + a.text.length)) {
          add(i, [at, at + a.text.length]);
        }
      });
    }
  });
  const out: FieldHighlight[] = [];
  per.forEach((ranges, i) => {
    if (ranges) out.push({ field: i, ranges: merge(ranges.map(([a, b]) => toOriginal(p.fields[i]!, a, b))) });
  });
  return out;
}

/** The part of the code a code term matched: "VPC.01" for vpc.01, "0114" for 114, "40" of 404 for 40. */
export function codeRange(terms: readonly Term[], p: Prepared, levels: number): Range | undefined {
  const code = p.doc.code;
  const at = code.length - p.digits.length;
  let range: Range | undefined;
  terms.forEach((term, j) => {
    const c = term.code;
    if (!c || levelOf(levels, j) !== CODE || !codeMatches(c, p)) return;
    const end = p.doc.kind === 'status' ? c.span : c.num === p.doc.num ? code.length : at + (c.digits ?? '').length;
    const next: Range = [c.letters === null ? at : 0, Math.min(end, code.length)];
    range = range ? [Math.min(range[0], next[0]), Math.max(range[1], next[1])] : next;
  });
  return range;
}
