import { fold, type Folded } from './fold';
import { stem } from './stem';
import type { FieldGroup, SearchDoc } from './types';

/** Tokens are maximal runs of a–z, or of 0–9, in folded text: 1 letter, 2 digit, 0 neither. */
export const charKind = (c: number): number => (c >= 97 && c <= 122 ? 1 : c >= 48 && c <= 57 ? 2 : 0);

export interface Prepared {
  doc: SearchDoc;
  fields: Folded[];
  /**
   * The folded fields joined by U+0000 (no query word has one), for substring tests: title fields of
   * plain ASCII, other title fields, body fields of plain ASCII, other body fields (see HAY). Chinese is
   * looked for only in the others; ASCII text is then one byte a character, which halves a test's time.
   */
  hays: [string, string, string, string];
  /** Tokens as triples: vocabulary id, field index, folded start (for highlights). */
  occ: Uint32Array;
  /** What a code query compares: "vpc" and "0114" for VPC.0114, "" and "404" for 404. */
  letters: string;
  digits: string;
}

export interface Index {
  /** Documents in tie order (status codes first, then by number): a rank is a position here. */
  prep: Prepared[];
  vocab: Map<string, number>;
  vocabText: string[];
  /** Letter tokens: all ids, ids by length (the typo scan), ids by stem (3 letters or more). */
  letterIds: number[];
  byLength: number[][];
  stems: Map<string, number[]>;
  /** Per token, the ranks with it in a title field; in a body field only; in a field allowing typos. */
  title: number[][];
  body: number[][];
  typo: number[][];
  /** Per non-ASCII character (Chinese), the ranks with it anywhere: candidates for a substring test. */
  chars: Map<number, number[]>;
  /**
   * Per pair of non-ASCII characters (by their codes) or of tokens one space apart (WORD + id, id): the
   * ranks with it in a title, and in a body field only. Chinese words and phrases are found from these.
   * Two levels of small-integer keys: one number for both would not be a small integer, and was slower.
   */
  pairs: Map<number, Map<number, Pair>>;
}

export const HAY = { title: 0, body: 2, wide: 1 } as const;
export type Pair = [title: number[], body: number[]];
/** Added to a token id that starts a pair, to keep it apart from character codes. */
export const WORD = 0x10000;
export const pairOf = (ix: Index, a: number, b: number): Pair | undefined => ix.pairs.get(a)?.get(b);
const NON_ASCII = /[^\0-\x7f]/;

/** Status codes, then the API's error codes, then the gateway's, then the Neutron-compatible API's error types. */
const KIND_ORDER: Record<SearchDoc['kind'], number> = { status: 0, error: 1, gateway: 2, neutron: 3 };

const tieOrder = (a: SearchDoc, b: SearchDoc) =>
  KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.num - b.num || (a.code < b.code ? -1 : +(a.code > b.code));

/** Appends r unless the list already ends with it (ranks arrive in order). */
function post(list: number[], r: number): void {
  if (list[list.length - 1] !== r) list.push(r);
}

/** Tokens of the document being read, reused: most of a build is this loop, and garbage slowed it. */
let occBuffer: Uint32Array = new Uint32Array(4096);

function growTo(a: Uint32Array, length: number): Uint32Array {
  const b = new Uint32Array(length);
  b.set(a);
  return b;
}

export function buildIndex(docs: readonly SearchDoc[]): Index {
  const ix: Index = {
    prep: [],
    vocab: new Map(),
    vocabText: [],
    letterIds: [],
    byLength: [],
    stems: new Map(),
    title: [],
    body: [],
    typo: [],
    chars: new Map(),
    pairs: new Map(),
  };
  const list = (map: Map<number, number[]>, key: number): number[] => {
    let l = map.get(key);
    if (!l) map.set(key, (l = []));
    return l;
  };
  const postPair = (a: number, b: number, group: FieldGroup, r: number) => {
    let inner = ix.pairs.get(a);
    if (!inner) ix.pairs.set(a, (inner = new Map()));
    let pair = inner.get(b);
    if (!pair) inner.set(b, (pair = [[], []]));
    if (group === 'title') post(pair[0], r);
    else if (pair[0].at(-1) !== r) post(pair[1], r);
  };
  const token = (t: string, kind: number): number => {
    let id = ix.vocab.get(t);
    if (id !== undefined) return id;
    ix.vocab.set(t, (id = ix.vocabText.length));
    ix.vocabText.push(t);
    ix.title.push([]);
    ix.body.push([]);
    ix.typo.push([]);
    if (kind === 1) {
      ix.letterIds.push(id);
      (ix.byLength[t.length] ??= []).push(id);
      const group = t.length >= 3 ? ix.stems.get(stem(t)) : undefined;
      if (group) group.push(id);
      else if (t.length >= 3) ix.stems.set(stem(t), [id]);
    }
    return id;
  };

  // The last rank each UTF-16 unit was posted for: a Map look-up only once per character and document.
  const lastRank = new Int32Array(0x10000).fill(-1);
  [...docs].sort(tieOrder).forEach((doc, r) => {
    const fields = doc.fields.map((f) => fold(f.text));
    let occ = 0;
    const hays: Prepared['hays'] = ['', '', '', ''];
    // Title fields first, so a body posting is only made for a token not already in a title.
    for (const group of ['title', 'body'] as const) {
      fields.forEach(({ text }, i) => {
        const field = doc.fields[i]!;
        if (field.group !== group) return;
        hays[HAY[group] + (NON_ASCII.test(text) ? HAY.wide : 0)] += `${text}\0`;
        let prev = -1;
        let prevEnd = -2;
        for (let start = 0, end = 1; start < text.length; start = end++) {
          const c = text.charCodeAt(start);
          const kind = charKind(c);
          if (!kind) {
            if (c < 0x80) continue;
            if (lastRank[c] !== r) {
              lastRank[c] = r;
              list(ix.chars, c).push(r);
            }
            if (!(text.charCodeAt(end) >= 0x80)) continue;
            postPair(c, text.charCodeAt(end), group, r);
            continue;
          }
          while (charKind(text.charCodeAt(end)) === kind) end++;
          const id = token(text.slice(start, end), kind);
          if (start === prevEnd + 1 && text.charCodeAt(prevEnd) === 32) postPair(WORD + prev, id, group, r);
          prev = id;
          prevEnd = end;
          if (occ + 3 > occBuffer.length) occBuffer = growTo(occBuffer, 2 * occBuffer.length);
          occBuffer[occ++] = id;
          occBuffer[occ++] = i;
          occBuffer[occ++] = start;
          const inTitle = ix.title[id]!;
          if (group === 'title') post(inTitle, r);
          else if (inTitle[inTitle.length - 1] !== r) post(ix.body[id]!, r);
          // Latin words in Chinese text match only as typed: a typo there is more likely noise.
          if (field.lang !== 'zh') post(ix.typo[id]!, r);
        }
      });
    }
    const [, letters = '', digits = ''] = /^([a-z]*)\W*(\d+)/.exec(doc.code.toLowerCase()) ?? [];
    ix.prep.push({ doc, fields, hays, occ: occBuffer.slice(0, occ), letters, digits });
  });
  return ix;
}
