import type { Index, Prepared } from './build-index';
import { BODY, TITLE } from './levels';

/*
 * An ASCII phrase of whole words ("could not be found", "in use") found from the positions of a
 * document's tokens instead of by reading its text: a few array reads a token, where a substring test
 * reads every character. It matches what a substring test would: the first word may end a token and
 * the last may start one, the words between are whole tokens, one space apart.
 */
export interface TokenPhrase {
  /** Per vocabulary id: bit 1 if the token can start the phrase (ends with its first word), bit 2 if it can end it. */
  edge: Uint8Array;
  /** Vocabulary ids of the words between the first and the last (-1: in no document). */
  middle: number[];
  words: number;
}

const WORD = /^(?:[a-z]+|\d+)$/;

/** The phrase as tokens, or null when it is not two or more words of letters or digits. */
export function tokenPhrase(ix: Index, text: string): TokenPhrase | null {
  const words = text.split(' ');
  if (words.length < 2 || !words.every((w) => WORD.test(w))) return null;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const edge = new Uint8Array(ix.vocabText.length);
  ix.vocabText.forEach((t, id) => {
    edge[id] = (t.endsWith(first) ? 1 : 0) | (t.startsWith(last) ? 2 : 0);
  });
  return { edge, middle: words.slice(1, -1).map((w) => ix.vocab.get(w) ?? -1), words: words.length };
}

/** TITLE or BODY where document p has the phrase (a title first), or 0. */
export function phraseLevel(ix: Index, p: Prepared, tp: TokenPhrase): number {
  const { occ, fields, titleFields } = p;
  const last = occ.length - 3 * (tp.words - 1);
  let found = 0;
  for (let k = 0; k < last; k += 3) {
    if (!(tp.edge[occ[k]!]! & 1)) continue;
    let w = 1;
    for (; w < tp.words; w++) {
      const a = k + 3 * (w - 1);
      const end = occ[a + 2]! + ix.vocabText[occ[a]!]!.length;
      if (occ[a + 4] !== occ[a + 1] || occ[a + 5] !== end + 1 || fields[occ[a + 1]!]!.text.charCodeAt(end) !== 32)
        break;
      if (w < tp.words - 1 ? occ[a + 3] !== tp.middle[w - 1] : !(tp.edge[occ[a + 3]!]! & 2)) break;
    }
    if (w < tp.words) continue;
    if (titleFields[occ[k + 1]!]) return TITLE;
    found = BODY;
  }
  return found;
}

/** The whole query as one phrase: by its tokens where it is words, else as a substring in its script's fields. */
export interface Phrase {
  text: string;
  tokens: TokenPhrase | null;
  /** 1 when it has Chinese (looked for in the fields that are not plain ASCII), else 0. */
  wide: number;
}

export const queryPhrase = (ix: Index, text: string): Phrase => ({
  text,
  tokens: tokenPhrase(ix, text),
  wide: /[^\0-\x7f]/.test(text) ? 1 : 0,
});

/** TITLE or BODY where document p has the phrase, or 0. */
export function phraseIn(ix: Index, p: Prepared, ph: Phrase): number {
  if (ph.tokens) return phraseLevel(ix, p, ph.tokens);
  return p.hays[ph.wide]!.includes(ph.text) ? TITLE : p.hays[2 + ph.wide]!.includes(ph.text) ? BODY : 0;
}
