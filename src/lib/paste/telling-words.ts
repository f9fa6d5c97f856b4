import { REASON_PHRASES } from './reason-phrases';
import { textClues } from './text-clues';

/*
 * The most telling words of a paste the recogniser could not answer, as a search query, so that a long
 * paste never ends in "0 results": a code it names, else the resource and the condition it is about
 * ("subnet in use", "security group not found"), else the status it gives ("Conflict"). Short on
 * purpose: the search wants every word of a query, so a few right words find more than many.
 */

/** Only this much of a paste is read: the telling words come early. */
const MAX_TEXT = 16384;

/** A code in any spelling, the API's and the gateway's first. */
const CODE = /\b(vpc|apigw)[._ -]?(\d{4})\b/i;

/** Resources, longest first so that "security group" wins over "group". */
const RESOURCE_NAMES = [
  'security group rule',
  'security group',
  'address group',
  'floating ip',
  'private ip',
  'nat gateway',
  'flow log',
  'route table',
  'network acl',
  'peering',
  'bandwidth',
  'subnet',
  'router',
  'network',
  'port',
  'eip',
  'vpc',
  'cidr',
  'quota',
  'token',
];

/** Each as a pattern; "_" counts as a separator (router_interface names a router). */
const RESOURCES = RESOURCE_NAMES.map((name) => ({
  name,
  re: new RegExp(`(?<![a-z0-9])${name.replace(/ /g, '[ _-]?')}s?(?![a-z0-9])`),
}));

/** Conditions, as the search's words for them. */
const CONDITIONS: [RegExp, string][] = [
  [/\bin use\b|\bis (?:still )?used\b|\bbeing used\b/i, 'in use'],
  [/\bnot (?:be )?found\b|\bdoes not exist\b|\bnot exist\b/i, 'not found'],
  [/\bquota exceeded\b|\bover quota\b|\bexceeds? (?:the )?(?:upper )?limit\b/i, 'quota'],
  [/\balready exists?\b|\bexists\b|\bduplicate\b/i, 'already exists'],
  [/\binvalid\b|\bis illegal\b|\bbad request\b/i, 'invalid'],
  [/\bconflicts?\b/i, 'conflict'],
  [/\btimed? ?out\b|\btimeout\b/i, 'timeout'],
  [/\bthrottl|\btoo many requests\b/i, 'throttling'],
  [/\bforbidden\b|\bnot allowed\b|\bpermission\b|\bdenied\b|\bpolicy\b/i, 'permission'],
  [/\bunauthori[sz]ed\b|\bauthentication\b|\btoken\b/i, 'authentication'],
];

const PHRASE = new Map(REASON_PHRASES);

export function tellingQuery(input: string): string {
  if (typeof input !== 'string') return '';
  const text = input.slice(0, MAX_TEXT);
  const code = CODE.exec(text);
  if (code) return `${code[1]!.toUpperCase()}.${code[2]!}`;
  // Type names read as words: SecurityGroupNotFound → Security Group Not Found.
  const spaced = text.replace(/([a-z])([A-Z])/g, '$1 $2');
  const lower = spaced.toLowerCase();
  // The resource named first: an error's subject comes before what it mentions in passing.
  let resource: string | undefined;
  let at = Infinity;
  for (const { name, re } of RESOURCES) {
    const i = lower.search(re);
    if (i !== -1 && i < at) {
      at = i;
      resource = name;
    }
  }
  const condition = CONDITIONS.find(([re]) => re.test(spaced))?.[1];
  const words = [resource, condition !== resource ? condition : undefined].filter(Boolean);
  if (words.length) return words.join(' ');
  const [status] = textClues(text).statuses;
  return status === undefined ? '' : (PHRASE.get(status) ?? String(status));
}
