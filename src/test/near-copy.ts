/*
 * Catches our English texts copying upstream prose (the Description and Handling Measure columns). Only the
 * page's facts (codes, statuses, operations, messages) are carried over; the explanations are our own.
 *
 * Sentence against sentence, on normalised words: similarity = 1 − word edit distance / longer length,
 * and the longest run of consecutive shared words. Limits from measurements on the 2026-04-16 page, whose
 * Description and Handling Measure columns hold 226 distinct sentences of 4 words or more:
 *   - copies with one word replaced, dropped or added, or the opening reworded ("Check whether" → "Verify
 *     if"), 904 variants: similarity median 0.86, 99.6 % at 0.6 or more; with two such edits, 99 % of
 *     the variants of sentences of 6+ words and 73 % of those of 4–5 words (two words of four is already 0.5);
 *   - an upstream sentence of 7+ words inside a longer sentence of ours: similarity 0.32–0.50, so only
 *     the 7-word run catches it (all 108);
 *   - text written independently about the same subjects: the status-code pages' English (89 sentences)
 *     scores at most 0.50 against any upstream sentence (median 0.14, longest shared run 5); the guidance
 *     written for these codes (360 sentences) at most 0.43 (median 0.18, longest run 4).
 * 0.6 leaves a margin above everything written independently while catching nearly every one-word edit;
 * 0.5 would flag independent text.
 */

export const SIMILARITY_LIMIT = 0.6;
export const RUN_LIMIT = 7;
/** Shorter upstream sentences ("Contact technical support.") are too generic to count as prose. */
export const MIN_UPSTREAM_WORDS = 4;

const STOP_WORDS = new Set(['the', 'a', 'an', 'is', 'are', 'be', 'to', 'of']);

export function normalise(text: string): string[] {
  return text
    .toLowerCase()
    .replaceAll('**', '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((w) => w !== '' && !STOP_WORDS.has(w));
}

/** Sentences end at . ! ? followed by a space, or at a line break. */
export const sentences = (text: string): string[] =>
  text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);

export function wordLevenshtein(a: string[], b: string[]): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The longest run of consecutive words that both lists contain. */
export function longestSharedRun(a: string[], b: string[]): number {
  let best = 0;
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        current[j] = previous[j - 1]! + 1;
        best = Math.max(best, current[j]!);
      }
    }
    previous = current;
  }
  return best;
}

export interface SentencePair {
  ours: string;
  upstream: string;
  similarity: number;
  run: number;
}

/** Every (our sentence, upstream sentence) pair, upstream sentences of fewer than 4 words left out. */
export function comparePairs(ourText: string, upstreamTexts: string[]): SentencePair[] {
  const upstream = upstreamTexts
    .flatMap(sentences)
    .map((s) => ({ s, words: normalise(s) }))
    .filter(({ words }) => words.length >= MIN_UPSTREAM_WORDS);
  return sentences(ourText).flatMap((ours) => {
    const words = normalise(ours);
    return upstream.map(({ s, words: theirs }) => ({
      ours,
      upstream: s,
      similarity: 1 - wordLevenshtein(words, theirs) / Math.max(words.length, theirs.length),
      run: longestSharedRun(words, theirs),
    }));
  });
}

export const isNearCopy = (p: SentencePair): boolean => p.similarity >= SIMILARITY_LIMIT || p.run >= RUN_LIMIT;

export const nearCopies = (ourText: string, upstreamTexts: string[]): SentencePair[] =>
  comparePairs(ourText, upstreamTexts).filter(isNearCopy);
