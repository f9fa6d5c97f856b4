/*
 * Whether a text typed or pasted into a search box is a query or an error someone has in hand. A
 * code on its own (404, 4xx, VPC.0114, vpc 0114, APIGW.0308) is a query; a body, a log line or a sentence is a paste.
 */

const BARE_CODE = /^\s*(?:\d{1,4}x*|(?:vpc|apigw)[\s._-]*\d{1,4})\s*$/i;

export const isBareCode = (text: string) => BARE_CODE.test(text);

/** A text this long, or with this many words, is more than a query. */
const PASTE_LENGTH = 30;
const PASTE_WORDS = 4;

export function looksLikePaste(text: string): boolean {
  const s = text.trim();
  if (!s || isBareCode(s)) return false;
  return /[{}[\]"=]/.test(s) || s.length >= PASTE_LENGTH || s.split(/\s+/).length >= PASTE_WORDS;
}
