import type { Prepared } from './build-index';
import { BODY, TITLE } from './levels';

/*
 * The whole query as one phrase, looked for in the text of its script: ASCII in the plain ASCII
 * fields (one byte a character, so the test is quick), anything with Chinese in the others. Finding
 * it from token positions instead was measured no faster than V8's substring search.
 */
export interface Phrase {
  text: string;
  /** 1 when it has Chinese, else 0: an offset into Prepared.hays. */
  wide: number;
}

export const queryPhrase = (text: string): Phrase => ({ text, wide: /[^\0-\x7f]/.test(text) ? 1 : 0 });

/** TITLE or BODY where document p has the phrase, or 0. */
export function phraseIn(p: Prepared, ph: Phrase): number {
  return p.hays[ph.wide]!.includes(ph.text) ? TITLE : p.hays[2 + ph.wide]!.includes(ph.text) ? BODY : 0;
}
