import type { ClassFilter } from './class-filter';
import { typoBudget } from './fuzzy';
import { foldQuery } from './normalize';

/** Only this many UTF-16 units of a query are considered; nobody types more into a filter box. */
export const MAX_QUERY_LENGTH = 200;
/** Words beyond this many distinct ones are ignored. */
export const MAX_QUERY_WORDS = 16;

const LETTERS = /^[a-z]+$/;
const DIGITS = /^\d+$/;
/** A code or its start, optionally padded with x: 4, 40, 404, 4x, 4xx, 40x. */
const CODE_QUERY = /^(\d{1,3})x*$/;

/** Codes lo–hi (three-digit) match; span is how much of the code to highlight. */
export interface CodeQuery {
  lo: number;
  hi: number;
  exact: boolean;
  span: number;
}

export interface Word {
  text: string;
  /** Letters: substring of a token. Digits: a whole number. Other (Chinese, punctuation, mixed): scan. */
  type: 'letters' | 'digits' | 'other';
  code: CodeQuery | null;
  typos: number;
  /** Vocabulary flags: token within `typos` edits. Filled in when first needed. */
  near: Uint8Array | null;
}

/** Untyped callers (a missing URL parameter) may pass a non-string: it counts as an empty query. */
export const foldedQuery = (query: string): string =>
  typeof query === 'string' ? foldQuery(query, MAX_QUERY_LENGTH) : '';

/** A folded query word as a code query, or null. */
export function parseCodeQuery(w: string): CodeQuery | null {
  if (w.length > 3) return null;
  const m = CODE_QUERY.exec(w);
  if (!m) return null;
  const prefix = m[1] ?? '';
  const scale = 10 ** (3 - prefix.length);
  const lo = Number(prefix) * scale;
  return { lo, hi: lo + scale - 1, exact: prefix.length === 3, span: w.length === prefix.length ? prefix.length : 3 };
}

/** The distinct words of a query, in the order they are best matched in. */
export function parseQuery(query: string): Word[] {
  const words: Word[] = [...new Set(foldedQuery(query).split(/\s+/u))]
    .filter(Boolean)
    .slice(0, MAX_QUERY_WORDS)
    .map((text) => ({
      text,
      type: LETTERS.test(text) ? 'letters' : DIGITS.test(text) ? 'digits' : 'other',
      code: parseCodeQuery(text),
      typos: typoBudget(text),
      near: null,
    }));
  // Index look-ups first; words that need a scan then only scan the entries still alive.
  return words.sort((a, b) => Number(a.type === 'other') - Number(b.type === 'other'));
}

/** Shared by the class range of a search and the codes suggested for a query that matched nothing. */
export function classMatches(filter: ClassFilter | undefined, code: number): boolean {
  return !filter || filter === 'all' || Math.floor(code / 100) === Number(filter[0]);
}
