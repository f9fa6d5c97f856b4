import { charKind, pairKey, type Index } from './build-index';
import { BODY, TITLE } from './levels';
import { raise, type Scratch } from './scratch';

/**
 * A substring test, on the documents that can hold the text: for Chinese, those with its rarest pair of
 * characters (a two-character word needs no test at all: the pair's postings say where it is); for
 * ASCII, those with a token holding its longest run of letters or digits.
 */
export function scan(ix: Index, s: Scratch, text: string, v: Uint8Array, q: number): void {
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
