/*
 * Word-level matching of pasted text against documented wordings that have placeholders: Neutron's
 * templates ("Security Group %(id)s %(reason)s."), the VPC page's messages ("Security group xxx is in
 * use.") and the gateway's. Case and punctuation do not count; a placeholder takes one or more words; a
 * wording with enough fixed words still matches with a word changed, added or missing (Neutron and the
 * VPC page often differ by one word, and a quota message names another resource). The words of the paste
 * that differ are reported, so an answer can say what it did not find.
 *
 * Every comparison is an edit distance over words, O(template words × pasted words), and runs only for
 * wordings whose fixed words the paste mostly contains (a set lookup per word).
 */

/** A fixed word (lower case), or null for a placeholder. */
type Token = string | null;

export interface Template {
  text: string;
  tokens: Token[];
  /** How many fixed words. */
  fixed: number;
  /** Its distinct fixed words, for the cheap test before the alignment. */
  keys: string[];
}

export interface Words {
  /** Lower case, as compared. */
  words: string[];
  /** As written. */
  raw: string[];
  starts: number[];
  ends: number[];
  /** Where each word occurs, in order. */
  at: Map<string, number[]>;
}

export interface Alignment {
  cost: number;
  /** The part of the paste that matched, as [start, end) character offsets. */
  start: number;
  end: number;
  /** Words of the paste that the wording does not have. */
  differs: string[];
}

/** Python's %(name)s and %s, the VPC page's xxx / xx / ** / <x:x:x>, the gateway's {xxx}. */
const PLACEHOLDER = /%\(\w+\)[sd]|%[sd]|<x:x:x>|\{x+\}|(?<![a-z])x{2,3}(?:\([\w ]*\))?(?![a-z])|\*\*/gi;
/** Letters, digits and _, any script; not the punctuation blocks (│, …, 、). Plain ranges: faster than \p{L}. */
const WORD = /[A-Za-z0-9_\u00C0-\u1FFF\u2C00-\u2FFF\u3040-\uFEFF\uFF10-\uFFEF]+/g;
/** Words read from a paste: enough for a few log lines, bounded so every alignment stays small. */
export const MAX_WORDS = 800;
/** A match may not spread much wider than its wording: a placeholder takes a value, not a page. */
const SPREAD = 3;
const SPREAD_EXTRA = 40;

export function compileTemplate(text: string): Template {
  const tokens: Token[] = [];
  const parts = text.replace(/\\n/g, ' ').split(PLACEHOLDER);
  parts.forEach((part, i) => {
    if (i > 0 && tokens[tokens.length - 1] !== null) tokens.push(null);
    for (const [w] of part.matchAll(WORD)) tokens.push(w.toLowerCase());
  });
  const fixedWords = tokens.filter((t): t is string => t !== null);
  return { text, tokens, fixed: fixedWords.length, keys: [...new Set(fixedWords)] };
}

export function wordsOf(text: string, max = MAX_WORDS): Words {
  const out: Words = { words: [], raw: [], starts: [], ends: [], at: new Map() };
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m && out.words.length < max; m = WORD.exec(text)) {
    const lower = m[0].toLowerCase();
    out.words.push(lower);
    out.raw.push(m[0]);
    out.starts.push(m.index);
    out.ends.push(m.index + m[0].length);
    const list = out.at.get(lower);
    if (list) list.push(out.words.length - 1);
    else out.at.set(lower, [out.words.length - 1]);
  }
  return out;
}

/** Edits a wording of this many fixed words may differ by and still match. */
export function tolerance(t: Template): number {
  return t.fixed >= 12 ? 2 : t.fixed >= 6 ? 1 : 0;
}

/** Places a wording is tried at inside a paste, at most: a paste that repeats its first word is no message. */
const MAX_WINDOWS = 32;
/** Words a leading placeholder may take before the first fixed word. */
const LEAD = 8;

/**
 * The best alignment of the wording with the whole paste (`inside` false) or with a part of it, if it
 * costs at most `maxCost` edits; null otherwise. Inside a paste, a match starts where the wording's first
 * fixed word is (an edit may not fall on it), so only the stretches after those places are compared.
 */
export function align(t: Template, w: Words, inside: boolean, maxCost = tolerance(t)): Alignment | null {
  const m = t.tokens.length;
  const n = w.words.length;
  if (!m || !n || (inside && t.fixed < 3)) return null;
  let missing = 0;
  for (const k of t.keys) if (!w.at.has(k) && ++missing > maxCost) return null;
  if (!inside) return alignSlice(t, w, 0, n, false, maxCost);
  const first = t.tokens.find((tok): tok is string => tok !== null)!;
  const lead = t.tokens[0] === null ? LEAD : 0;
  const span = SPREAD * m + SPREAD_EXTRA + lead;
  let best: Alignment | null = null;
  for (const j of (w.at.get(first) ?? []).slice(0, MAX_WINDOWS)) {
    const lo = Math.max(0, j - lead);
    const a = alignSlice(t, w, lo, Math.min(n, lo + span), true, maxCost);
    if (a && (!best || a.cost < best.cost)) best = a;
    if (best?.cost === 0) break;
  }
  return best;
}

/** The alignment over words [lo, hi) of the paste. */
function alignSlice(t: Template, w: Words, lo: number, hi: number, inside: boolean, maxCost: number): Alignment | null {
  const m = t.tokens.length;
  const n = hi - lo;
  const INF = 1 << 20;
  const cols = n + 1;
  const dp = new Int32Array((m + 1) * cols);
  for (let j = 1; j <= n; j++) dp[j] = inside ? 0 : j;
  for (let i = 1; i <= m; i++) {
    const tok = t.tokens[i - 1];
    const row = i * cols;
    const up = row - cols;
    dp[row] = tok === null ? INF : dp[up]! + 1;
    for (let j = 1; j <= n; j++) {
      if (tok === null) {
        dp[row + j] = Math.min(dp[up + j - 1]!, dp[row + j - 1]!);
      } else {
        const diag = dp[up + j - 1]! + (tok === w.words[lo + j - 1] ? 0 : 1);
        dp[row + j] = Math.min(diag, dp[up + j]! + 1, dp[row + j - 1]! + 1);
      }
    }
  }
  let end = n;
  if (inside) for (let j = 1; j <= n; j++) if (dp[m * cols + j]! < dp[m * cols + end]!) end = j;
  const cost = dp[m * cols + end]!;
  if (cost > maxCost) return null;

  // Walk back to where the match starts, noting the pasted words the wording does not have.
  const differs: string[] = [];
  // Whether the wording's first fixed word was found as it is: it names what the message is about
  // ("Network … could not be found"), so an edit there makes another message.
  let firstKept = false;
  let i = m;
  let j = end;
  while (i > 0) {
    const tok = t.tokens[i - 1];
    const here = dp[i * cols + j]!;
    const word = w.words[lo + j - 1];
    if (tok === null) {
      if (j > 1 && dp[i * cols + j - 1] === here) j--;
      else {
        i--;
        j--;
      }
    } else if (j > 0 && here === dp[(i - 1) * cols + j - 1]! + (tok === word ? 0 : 1)) {
      if (tok !== word) differs.push(w.raw[lo + j - 1]!);
      firstKept = tok === word;
      i--;
      j--;
    } else if (here === dp[(i - 1) * cols + j]! + 1) {
      firstKept = false;
      i--;
    } else {
      differs.push(w.raw[lo + j - 1]!);
      j--;
    }
  }
  if (cost > 0 && !firstKept) return null;
  if (end - j > SPREAD * m + SPREAD_EXTRA) return null;
  const start = j < end ? w.starts[lo + j]! : 0;
  return { cost, start, end: end > 0 ? w.ends[lo + end - 1]! : 0, differs: differs.reverse() };
}
