/*
 * Folding for search: NFKC (full-width digits/letters from a Chinese IME, ideographic space,
 * ligatures), lower case, and no accents (café is cafe, İ is i). Folding is done per code point, so
 * every folded character can be traced back to the original characters it came from: highlights are
 * computed on the folded text but must be offsets into the text the UI renders.
 */

export interface Folded {
  text: string;
  /**
   * For folded char i, the original range is [map[2i], map[2i+1]). `null` when folding kept
   * every position (always so for ASCII), so offsets are shared.
   */
  map: Uint32Array | null;
}

const NON_ASCII = /[\u0080-\uffff]/;
/**
 * Text where every character folds to exactly one (Chinese, its punctuation, full-width forms, curly
 * quotes) keeps its offsets: one call folds it all, with no per-character work or offset map.
 */
const ONE_TO_ONE = /^[\0-\x7f\u2014\u2018\u2019\u201c\u201d\u3000-\u303f\u4e00-\u9fff\uff01-\uff5e]*$/;
const MARKS = /\p{M}/gu;
const cache = new Map<string, string>();

/** One code point folded; a combining mark on its own folds to nothing. */
function foldChar(c: string): string {
  let r = cache.get(c);
  if (r === undefined) {
    r = c.normalize('NFKC').toLowerCase().normalize('NFD').replace(MARKS, '').normalize('NFC');
    if (cache.size < 8192) cache.set(c, r);
  }
  return r;
}

export function fold(s: string): Folded {
  if (!NON_ASCII.test(s)) return { text: s.toLowerCase(), map: null };
  if (ONE_TO_ONE.test(s)) {
    const text = s.normalize('NFKC').toLowerCase();
    if (text.length === s.length) return { text, map: null };
  }
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < s.length;) {
    const start = i;
    i += s.codePointAt(i)! > 0xffff ? 2 : 1;
    const f = foldChar(s.slice(start, i));
    // A mark folded to nothing stays with the character before it, inside any highlight of it.
    if (!f && map.length) map[map.length - 1] = i;
    text += f;
    for (let j = 0; j < f.length; j++) map.push(start, i);
  }
  return { text, map: Uint32Array.from(map) };
}

/** Maps a [start, end) range of folded text back to the original string. */
export function toOriginal(f: Folded, start: number, end: number): [number, number] {
  const m = f.map;
  if (!m) return [start, end];
  return [m[2 * start] ?? 0, m[2 * (end - 1) + 1] ?? 0];
}

/** Control characters and lone surrogates can never match; as spaces they stay out of query words. */
const JUNK = /\p{Cc}|\p{Cs}/gu;

export function foldQuery(raw: string, maxLength: number): string {
  return fold(raw.slice(0, maxLength).replace(JUNK, ' ')).text.trim();
}
