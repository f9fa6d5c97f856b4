import type { KnownMessage } from './types';

/*
 * Documented messages as patterns: "xxx", "xx", "**", "%s" and "<x:x:x>" stand for values the API
 * fills in (an ID, a name: "xxx(tenant_id)" says which), any run of spaces for any other, and case and
 * a final full stop do not matter. A message matches a pasted text whole; it is also looked for
 * inside a longer text when its fixed words are long enough not to turn up by chance.
 */

interface Pattern {
  code: string;
  message: string;
  /** Its longest fixed part, lower case: a cheap test before the pattern's. */
  key: string;
  whole: RegExp;
  inside: RegExp | null;
  /** How many fixed characters it has: the more, the surer a match. */
  weight: number;
}

const PLACEHOLDER = /<x:x:x>|(?<![a-z])x{2,3}(?:\([\w ]*\))?(?![a-z])|\*\*|%s/gi;
const SPECIAL = /[.*+?^${}()|[\]\\]/g;
/** Fixed characters a message needs before it is looked for inside other text. */
const INSIDE_MIN = 16;
const cache = new WeakMap<readonly KnownMessage[], Pattern[]>();

function compile({ code, message }: KnownMessage): Pattern {
  // The documented "\n" between numbered sentences is a line break in a real response.
  const fixed = message.replace(/\\n/g, ' ').trim().replace(/\.$/, '').split(PLACEHOLDER);
  // A value is one word (an ID, a name, "vpc:subnets:create"): this also keeps matching linear.
  const body = fixed.map((part) => part.replace(SPECIAL, '\\$&').replace(/\s+/g, '\\s+')).join('\\S{1,200}?');
  const weight = fixed.join('').replace(/\s+/g, '').length;
  const key = fixed.reduce((a, b) => (b.trim().length > a.length ? b.trim() : a), '');
  return {
    code,
    message,
    key: key.replace(/\s+/g, ' ').toLowerCase(),
    whole: new RegExp(`^\\s*${body}\\.?\\s*$`, 'i'),
    inside: weight >= INSIDE_MIN ? new RegExp(body, 'i') : null,
    weight,
  };
}

export interface MessageMatch {
  code: string;
  /** The documented message that matched. */
  message: string;
}

/** The codes whose documented message `text` is (or holds, with `inside`), surest first; ties are all kept. */
export function matchMessages(text: string, messages: readonly KnownMessage[], inside = false): MessageMatch[] {
  let patterns = cache.get(messages);
  if (!patterns) cache.set(messages, (patterns = messages.map(compile)));
  const folded = text.replace(/\s+/g, ' ').toLowerCase();
  let best = 0;
  let found: MessageMatch[] = [];
  for (const p of patterns) {
    const re = inside ? p.inside : p.whole;
    if (!re || p.weight < best || !folded.includes(p.key) || !re.test(folded)) continue;
    if (p.weight > best) found = [];
    best = p.weight;
    if (!found.some((f) => f.code === p.code)) found.push({ code: p.code, message: p.message });
  }
  return found;
}

export const matchMessage = (text: string, messages: readonly KnownMessage[], inside = false): string[] =>
  matchMessages(text, messages, inside).map((m) => m.code);
