/*
 * Folding for search: NFKC (full-width digits/letters from a Chinese IME, ideographic space,
 * ligatures), lower case, and no accents (café is cafe, İ is i). Folding is done per cluster (a base character plus its combining
 * marks) so every folded character can be traced back to the original characters it came from:
 * highlights are computed on the folded text but must be offsets into the text the UI renders.
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
/** A combining mark at lastIndex: it belongs to the cluster before it. */
const MARK = /\p{M}/uy;
const MARKS = /\p{M}/gu;
const clusterCache = new Map<string, string>();

function foldCluster(c: string): string {
  let r = clusterCache.get(c);
  if (r === undefined) {
    r = c.normalize('NFKC').toLowerCase().normalize('NFD').replace(MARKS, '').normalize('NFC');
    if (clusterCache.size < 8192) clusterCache.set(c, r);
  }
  return r;
}

const isMarkAt = (s: string, i: number): boolean => {
  if (s.charCodeAt(i) < 0x300) return false;
  MARK.lastIndex = i;
  return MARK.test(s);
};

export function fold(s: string): Folded {
  if (!NON_ASCII.test(s)) return { text: s.toLowerCase(), map: null };
  if (ONE_TO_ONE.test(s)) {
    const text = s.normalize('NFKC').toLowerCase();
    if (text.length === s.length) return { text, map: null };
  }
  let text = '';
  const map: number[] = [];
  let identity = true;
  for (let i = 0; i < s.length;) {
    const start = i;
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    while (i < s.length && isMarkAt(s, i)) i += (s.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    let f: string;
    if (i - start === 1 && (c < 0x80 || (c >= 0x4e00 && c <= 0x9fff))) {
      // ASCII and CJK unified ideographs: NFKC leaves them alone, only A–Z change (in place).
      f = c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : s[start]!;
    } else {
      f = foldCluster(s.slice(start, i));
    }
    if (f.length !== i - start) identity = false;
    text += f;
    for (let j = 0; j < f.length; j++) map.push(start, i);
  }
  return { text, map: identity ? null : Uint32Array.from(map) };
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
