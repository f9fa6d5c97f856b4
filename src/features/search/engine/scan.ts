import { charKind, pairOf, WORD, type Index } from './build-index';
import { BODY, TITLE } from './levels';
import { raise, type Scratch } from './scratch';

type Lists = [title: readonly number[], body: readonly number[]];
const NONE: Lists = [[], []];
const WORDS = /^[a-z]+(?: [a-z]+)+$/;

/**
 * Where a text may be: the postings of each pair in it (Chinese characters, or words one space apart),
 * or of its only Chinese character; null when nothing narrows it down (ASCII with punctuation). `whole`
 * when a single pair is the whole text (a two-character word, two words): its postings are the answer.
 */
function pairLists(ix: Index, text: string): { lists: Lists[]; whole: boolean } | null {
  const get = (a: number, b: number): Lists => pairOf(ix, a, b) ?? NONE;
  if (WORDS.test(text)) {
    const ids = text.split(' ').map((w) => ix.vocab.get(w) ?? -1);
    const lists = ids.slice(1).map((b, i) => (b < 0 || ids[i]! < 0 ? NONE : get(WORD + ids[i]!, b)));
    return { lists, whole: ids.length === 2 };
  }
  const wide = (i: number) => text.charCodeAt(i) >= 0x80;
  if (text.length === 1 && wide(0)) return { lists: [[ix.chars.get(text.charCodeAt(0)) ?? [], []]], whole: false };
  const lists: Lists[] = [];
  for (let i = 0; i + 1 < text.length; i++)
    if (wide(i) && wide(i + 1)) lists.push(get(text.charCodeAt(i), text.charCodeAt(i + 1)));
  return lists.length ? { lists, whole: text.length === 2 } : null;
}

/**
 * A substring test, on the documents that can hold the text: those with its rarest pair (one pair, as
 * in a two-character Chinese word or two words, is the answer with no text to read); for other ASCII,
 * those with a token holding its longest run of letters or digits.
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
  const pairs = pairLists(ix, text);
  if (pairs) {
    const size = ([title, body]: Lists) => title.length + body.length;
    const rarest = pairs.lists.reduce((a, b) => (size(b) < size(a) ? b : a));
    if (pairs.whole) {
      raise(s, v, rarest[0], inTitle);
      raise(s, v, rarest[1], inBody);
      return;
    }
    for (const r of rarest[0]) test(r, false);
    for (const r of rarest[1]) test(r, true);
    return;
  }
  let run = '';
  for (let i = 0, start = 0; i <= text.length; i++) {
    if (!charKind(text.charCodeAt(i))) start = i + 1;
    else if (i + 1 - start > run.length) run = text.slice(start, i + 1);
  }
  if (run) {
    for (let id = 0; id < ix.vocabText.length; id++) {
      if (!ix.vocabText[id]!.includes(run)) continue;
      for (const r of ix.title[id]!) test(r, false);
      for (const r of ix.body[id]!) test(r, false);
    }
  } else for (let i = 0; i < s.count; i++) test(s.alive[i]!, false);
}
