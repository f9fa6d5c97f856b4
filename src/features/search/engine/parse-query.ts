import { foldQuery } from './fold';
import { typoBudget } from './fuzzy';
import { stem } from './stem';
import { LATIN_WORD, type Alt, type SynonymTable } from './synonym-table';

/** Only this many UTF-16 units of a query are read; nobody types more into a search box. */
export const MAX_QUERY_LENGTH = 200;
/** Terms beyond this many distinct ones are ignored. */
export const MAX_QUERY_TERMS = 16;

/** Which codes a term names: status codes lo–hi; error codes by letters, leading digits or number. */
export interface CodeQuery {
  status: [lo: number, hi: number] | null;
  /** How many digits of a status code to highlight. */
  span: number;
  letters: string | null;
  /** The start of the code's four digits ("01" for vpc.01), or null. */
  digits: string | null;
  /** The code's number typed without its zeros (114 for VPC.0114), or null. */
  num: number | null;
}

export interface Term {
  /** Any alternative matching is enough; the first is what the reader typed. */
  alts: Alt[];
  code: CodeQuery | null;
  /** Allowed typos for the typed word (0: none). */
  typos: number;
}

export interface Query {
  terms: Term[];
  /** The whole query as one phrase, when it has two words or more. */
  phrase: string | null;
}

/** Runs of printable ASCII, and runs of anything else but spaces (Chinese): "token过期" is two words. */
const RUNS = /[!-~]+|[^\s!-~]+/g;
const EDGE_PUNCT = /^[^a-z0-9]+|[^a-z0-9]+$/g;
const ASCII_EDGES = /^[\s!-/:-@[-`{-~]+|[\s!-/:-@[-`{-~]+$/g;
const CJK_PUNCT = /[\p{P}\p{S}]+/u;
const PUNCT_ONLY = /^[!-/:-@[-`{-~]+$/;

/** A bare number as a code: 404, 40, 4xx (status); 114, 0114, 01, 2201 (error codes). */
function numberCode(word: string): CodeQuery | null {
  const m = /^(\d{1,4})(x*)$/.exec(word);
  const d = m?.[1] ?? '';
  const padded = word.length;
  if (!m || padded > 4) return null;
  const none = { status: null, span: 0, letters: null, digits: null, num: null };
  if (d[0] === '0' || padded === 4) return { ...none, digits: d };
  const scale = 10 ** (3 - d.length);
  const lo = Number(d) * scale;
  return { ...none, status: [lo, lo + scale - 1], span: padded, num: padded === 3 && d.length === 3 ? lo : null };
}

/** "vpc.0114", "vpc0114", "vpc 0114", "vpc.01", "vpc." for each letter prefix among the codes. */
export function codePattern(prefixes: readonly string[]): RegExp | null {
  if (!prefixes.length) return null;
  const p = prefixes.join('|');
  return new RegExp(`(?<![a-z0-9])(${p})(?:[._-]?(\\d{1,4})x*|\\s+(0\\d{0,3}|\\d{4})x*|[._-])(?![a-z0-9])`, 'g');
}

function prefixedCode(letters: string, d: string): CodeQuery {
  const num = d && d[0] !== '0' && d.length < 4 ? Number(d) : null;
  return { status: null, span: 0, letters, digits: d, num };
}

export function parseQuery(raw: unknown, codes: RegExp | null, synonyms: SynonymTable): Query {
  const folded = typeof raw === 'string' ? foldQuery(raw, MAX_QUERY_LENGTH) : '';
  const terms: Term[] = [];
  const rest = codes
    ? folded.replace(codes, (_, letters: string, a?: string, b?: string) => {
        const d = a ?? b ?? '';
        const alts: Alt[] = d.length === 4 ? [{ text: d, kind: 'number', direct: true }] : [];
        terms.push({ alts, code: prefixedCode(letters, d), typos: 0 });
        return ' ';
      })
    : folded;
  const pieces = (rest.match(RUNS) ?? []).flatMap((run) =>
    run.charCodeAt(0) < 0x80 ? [run.replace(EDGE_PUNCT, '') || run] : run.split(CJK_PUNCT).filter(Boolean),
  );
  // Punctuation on its own ("过期, x") is no word, unless the query has nothing else ("(*)" finds nothing).
  const wordy = pieces.filter((w) => !PUNCT_ONLY.test(w));
  const words = wordy.length || terms.length ? wordy : pieces;

  const add = (text: string, group?: Alt[]) => {
    const kind = LATIN_WORD.test(text) ? 'word' : /^\d+$/.test(text) ? 'number' : 'scan';
    const typed: Alt = { text, kind, direct: true };
    const alts = [typed, ...(group ?? []).filter((a) => a.text !== text)];
    terms.push({ alts, code: numberCode(text), typos: kind === 'word' ? typoBudget(text) : 0 });
  };
  const addWord = (w: string): void => {
    if (LATIN_WORD.test(w)) return add(w, synonyms.byStem.get(stem(w)));
    const member = w.charCodeAt(0) >= 0x80 ? synonyms.chinese.find((m) => w.includes(m.text)) : undefined;
    if (!member) return add(w);
    // Chinese has no spaces: a member inside a longer word is a term of its own, the rest are others.
    const at = w.indexOf(member.text);
    if (at > 0) addWord(w.slice(0, at));
    add(member.text, member.alts);
    if (at + member.text.length < w.length) addWord(w.slice(at + member.text.length));
  };
  for (let i = 0; i < words.length;) {
    const phrase = synonyms.phrases.find((p) => p.words.every((w, k) => words[i + k] === w));
    if (phrase) add(phrase.words.join(' '), phrase.alts);
    else addWord(words[i]!);
    i += phrase ? phrase.words.length : 1;
  }

  const seen = new Set<string>();
  const distinct = terms.filter((t) => {
    const key = `${t.alts[0]?.text ?? ''}|${JSON.stringify(t.code)}`;
    return !seen.has(key) && !!seen.add(key);
  });
  const whole = folded.replace(/\s+/g, ' ').replace(ASCII_EDGES, '');
  // One term that is the whole query ("could not be found" as a synonym) already says where the phrase is.
  const single = distinct.length === 1 && distinct[0]!.alts[0]?.text === whole;
  const phrase = (words.length > 1 || distinct.length > 1) && !single ? whole : null;
  return { terms: distinct.slice(0, MAX_QUERY_TERMS), phrase };
}
