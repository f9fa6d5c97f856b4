import type { BuiltIndex, Prepared } from './build-index';
import { TEXT_FIELDS, type HighlightField } from './fields';
import { EXACT, find, nearWords, PREFIX, SUB, TYPO } from './match';
import { toOriginal } from './normalize';
import type { Word } from './query';

type Range = [start: number, end: number];

export interface Highlight {
  field: HighlightField;
  /** [start, end) offsets into the original field string (`String(code)` for 'code'), sorted, disjoint. */
  ranges: Range[];
}

export function merge(ranges: Range[]): Range[] {
  if (ranges.length < 2) return ranges;
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Range[] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/**
 * Where the words matched entry p (rank r), as ranges on the original strings. flags[j][r] says
 * how words[j] matched. Called for every hit: plain loops.
 */
export function highlight(index: BuiltIndex, p: Prepared, words: Word[], flags: Uint8Array[], r: number): Highlight[] {
  let code: Range[] | undefined;
  let perField: (Range[] | undefined)[] | undefined;
  const add = (i: number, range: Range) => ((perField ??= [])[i] ??= []).push(range);
  for (let j = 0; j < words.length; j++) {
    const w = words[j]!;
    const f = flags[j]![r]!;
    if (w.code && f & (EXACT | PREFIX)) (code ??= []).push([0, w.code.span]);
    if (f & SUB) {
      const len = w.text.length;
      for (let i = 0; i < p.fields.length; i++) {
        const field = p.fields[i]!;
        for (let at = find(field.text, w, 0); at !== -1; at = find(field.text, w, at + len)) {
          add(i, toOriginal(field, at, at + len));
        }
      }
    } else if (f & TYPO) {
      const near = nearWords(index, w);
      for (let k = 0; k < p.occ.length; k += 3) {
        const id = p.occ[k]!;
        const i = p.occ[k + 1]!;
        const at = p.occ[k + 2]!;
        if (near[id] && TEXT_FIELDS[i]!.typos) add(i, toOriginal(p.fields[i]!, at, at + index.vocabText[id]!.length));
      }
    }
  }
  const out: Highlight[] = [];
  if (code) out.push({ field: 'code', ranges: merge(code) });
  for (let i = 0; i < TEXT_FIELDS.length; i++) {
    const ranges = perField?.[i];
    if (ranges) out.push({ field: TEXT_FIELDS[i]!.name, ranges: merge(ranges) });
  }
  return out;
}
