/*
 * The words of a long paste that matched nothing which are worth searching for: codes, status
 * numbers and the longer words of its text, without JSON keys, URLs, ids and the words every error
 * message has. A simple reading; the ranking of the site search does the rest.
 */

/** Words that say nothing about which error it is. */
const COMMON = new Set(
  'error errors message code status request response failed failure exception the and for with from this that was were could not found please check http https true false null detail type'.split(
    ' ',
  ),
);

const MAX_WORDS = 6;

export function tellingQuery(text: string): string {
  const s = text.slice(0, 4096);
  const words: string[] = [];
  const add = (word: string) => {
    if (words.length < MAX_WORDS && !words.includes(word)) words.push(word);
  };
  for (const [code] of s.matchAll(/\b(?:vpc|apigw)[._ -]?\d{4}\b/gi)) add(code.toUpperCase().replace(/[_ -]/, '.'));
  for (const [status] of s.matchAll(/\b[1-5]\d\d\b/g)) add(status);
  const plain = s
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\b[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}\b/gi, ' ')
    .replace(/"\w+"\s*:/g, ' ');
  for (const [word] of plain.matchAll(/[A-Za-z]{4,}|[\u4e00-\u9fff]{2,}/g)) {
    if (!COMMON.has(word.toLowerCase())) add(word.toLowerCase());
  }
  return words.join(' ');
}
