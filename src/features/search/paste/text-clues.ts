import { REASON_PHRASES } from './reason-phrases';

/*
 * What plain text (a status line, a log line, a client's error) says without being JSON: the HTTP
 * status it names and the error codes in it. A number counts as a status only next to words that make
 * it one, so a port, a count or a bare "404" typed into the search box is not taken for one.
 */

const STATUS = new RegExp(
  [
    // HTTP/1.1 409 Conflict, (HTTP 404), HTTP 500
    /\bHTTP(?:\/\d(?:\.\d)?)?\s+([1-5]\d\d)\b/.source,
    // status code: 404, "status": 404, statusCode=409, status_code 400
    /\bstatus[\s_-]*(?:code)?["']?\s*[:=]?\s*["']?([1-5]\d\d)\b/.source,
    // returned 409, responded with 404, failed with status 500, got a 503
    /\b(?:returned|returns|responded with|failed with|got)\s+(?:an?\s+)?(?:http\s+)?(?:status\s+)?(?:code\s+)?([1-5]\d\d)\b/
      .source,
    // 409 Conflict, 404 Not Found: a number with its reason phrase
    `\\b([1-5]\\d\\d)\\s+(?:${REASON_PHRASES.map(([, phrase]) => phrase).join('|')})\\b`,
  ].join('|'),
  'gi',
);

/** The API's codes and the gateway's in any spelling: VPC.0114, vpc0114, VPC 0114, APIGW.0301. */
const CODE = /\b(vpc|apigw)[._ -]?(\d{4})\b/gi;

export interface TextClues {
  /** Distinct statuses in the order they appear. */
  statuses: number[];
  /** Distinct codes as found, upper case with a dot ("VPC.0114"), in the order they appear. */
  codes: string[];
}

export function textClues(text: string): TextClues {
  const statuses = new Set<number>();
  for (const m of text.matchAll(STATUS)) statuses.add(Number(m.slice(1).find(Boolean)));
  const codes = new Set<string>();
  for (const [, letters = '', digits = ''] of text.matchAll(CODE)) codes.add(`${letters.toUpperCase()}.${digits}`);
  return { statuses: [...statuses], codes: [...codes] };
}
