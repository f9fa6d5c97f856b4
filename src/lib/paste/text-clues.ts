import { REASON_PHRASES } from './reason-phrases';

/*
 * What plain text (a status line, a log line, a client's error) says without being JSON: the HTTP
 * status it names and the error codes in it. A number counts as a status only next to words that make
 * it one, so a port, a count or a bare "404" typed into the search box is not taken for one. Clients
 * that print no number print their own words for it (gophercloud's "Resource not found", the OpenStack
 * SDK's ConflictException): those count too, and a reason phrase alone ("Internal Server Error") counts
 * when nothing surer does.
 */

const PHRASES = REASON_PHRASES.map(([, phrase]) => phrase).join('|');

const STATUS = new RegExp(
  [
    // HTTP/1.1 409 Conflict, (HTTP 404), HTTP 500
    /\bHTTP(?:\/\d(?:\.\d)?)?\s{1,4}([1-5]\d\d)\b/.source,
    // status code: 404, "status": 404, statusCode=409, status_code 400, httpStatusCode=403, {status_code:400,
    /\b(?:http[\s_-]?)?status(?:[\s_-]?code)?["']?\s{0,4}[:=]?\s{0,4}["']?([1-5]\d\d)\b/.source,
    // returned 409, responded with 404, failed with status 500, got a 503, but got 409 instead
    /\b(?:returned|returns|responded with|failed with|got)\s{1,4}(?:an?\s)?(?:http\s)?(?:status\s)?(?:code\s)?([1-5]\d\d)\b/
      .source,
    // Response code : 404, response code=403 (not "Expected HTTP response code [201 202]")
    /\bresponse[\s_-]?code\s{0,4}[:=]?\s{0,4}["']?([1-5]\d\d)\b/.source,
    // keystoneauth's and the clients' debug log: RESP: [400]
    /\bRESP:\s{0,4}\[([1-5]\d\d)\]/.source,
    // openstacksdk's HttpException: 400: Client Error for url, requests' 404 Client Error: Not Found
    /\b([1-5]\d\d):?\s{1,4}(?:Client|Server)\sError\b/.source,
    // tempest's rest client: Request (Test:test_x): 409 DELETE http://…
    /\b([1-5]\d\d)\s(?:GET|POST|PUT|DELETE|PATCH|HEAD)\s(?:https?:\/\/|\/)/.source,
    // 409 Conflict, 404 Not Found: a number with its reason phrase
    `\\b([1-5]\\d\\d)\\s{1,4}(?:${PHRASES})\\b`,
  ].join('|'),
  'gi',
);

/**
 * Client exceptions named after a status: openstacksdk (openstack/exceptions.py), python-neutronclient
 * and the other python-*clients (neutronclient/common/exceptions.py: exceptions.Conflict…).
 */
const EXCEPTIONS: [RegExp, number][] = [
  [/\bBadRequestException\b|\bexceptions\.BadRequest\b/, 400],
  [/\bexceptions\.Unauthorized\b/, 401],
  [/\bForbiddenException\b|\bexceptions\.Forbidden\b/, 403],
  [/\bNotFoundException\b|\bResourceNotFound\b|\bexceptions\.NotFound\b/, 404],
  [/\bConflictException\b|\bexceptions\.Conflict\b/, 409],
  [/\bPreconditionFailedException\b/, 412],
  [/\bexceptions\.ServiceUnavailable\b/, 503],
];

/**
 * The words gophercloud and its forks (the Terraform providers' Go clients: gophertelekomcloud,
 * huaweicloud/golangsdk) print instead of the number: ErrDefault400… in errors.go. Read when no number
 * or exception says the status.
 */
const CLIENT_WORDS: [RegExp, number][] = [
  [/\bInvalid request due to incorrect syntax or missing required parameters\b|\bBad request with:/i, 400],
  [/\bAuthentication failed\b|\bUnauthorized with:/i, 401],
  [/\bRequest forbidden:|\bPermission denied with:|\bAction Forbidden\b/i, 403],
  [/\bResource not found\b/i, 404],
  [/\bMethod not allowed\b/i, 405],
  [/\bThe server timed out waiting for the request\b/i, 408],
  [/\bResource conflict with:/i, 409],
  [/\bToo many requests have been sent\b|\bToo many requests:/i, 429],
  [/\bThe service is currently unable to handle the request\b/i, 503],
];

/** A reason phrase on its own, as servers and clients spell it (title case, so "not found" in prose is no status). */
const PHRASE_ALONE = new RegExp(`\\b(${PHRASES}|Too Many Requests)\\b`, 'g');
const PHRASE_STATUS = new Map<string, number>([
  ...REASON_PHRASES.map(([s, p]) => [p, s] as const),
  ['Too Many Requests', 429],
]);

/** The API's codes and the gateway's in any spelling: VPC.0114, vpc0114, VPC 0114, APIGW.0301. */
const CODE = /\b(vpc|apigw)[._ -]?(\d{4})\b/gi;

/** Neutron types a client names: python-neutronclient raises "<type>Client", a traceback names exceptions.<type>. */
const NAMED_TYPE = /\b([A-Z][a-z]+(?:[A-Z][a-z0-9]*)+?)Client\b|\bexceptions\.([A-Z][A-Za-z0-9]+)\b/g;

export interface TextClues {
  /** Distinct statuses in the order they appear: those the text says surely, else those it implies by words. */
  statuses: number[];
  /** Distinct codes as found, upper case with a dot ("VPC.0114"), in the order they appear. */
  codes: string[];
  /** Exception names that may be Neutron types ("SubnetInUse" from "SubnetInUseClient"), in order. */
  typeNames: string[];
}

export function textClues(text: string): TextClues {
  const sure = new Set<number>();
  for (const m of text.matchAll(STATUS)) sure.add(Number(m.slice(1).find(Boolean)));
  for (const [re, status] of EXCEPTIONS) if (re.test(text)) sure.add(status);
  const statuses = [...sure];
  if (!statuses.length) {
    const words = new Set<number>();
    for (const [re, status] of CLIENT_WORDS) if (re.test(text)) words.add(status);
    if (!words.size) for (const [phrase] of text.matchAll(PHRASE_ALONE)) words.add(PHRASE_STATUS.get(phrase)!);
    statuses.push(...words);
  }
  const codes = new Set<string>();
  for (const [, letters = '', digits = ''] of text.matchAll(CODE)) codes.add(`${letters.toUpperCase()}.${digits}`);
  const typeNames = new Set<string>();
  for (const m of text.matchAll(NAMED_TYPE)) {
    const name = (m[1] ?? m[2])!;
    typeNames.add(name.length > 6 && name.endsWith('Client') ? name.slice(0, -6) : name);
  }
  return { statuses, codes: [...codes], typeNames: [...typeNames] };
}
