// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  comparePairs,
  isNearCopy,
  longestSharedRun,
  nearCopies,
  normalise,
  sentences,
  SIMILARITY_LIMIT,
  wordLevenshtein,
} from './near-copy';

// One Handling Measure sentence of the upstream page (VPC.0003; Apache-2.0), quoted to test against.
const UPSTREAM = 'Check whether the VPC ID is correct or whether the VPC exists under the tenant.';

describe('normalise', () => {
  it('lowercases, drops bold markers, punctuation and the listed small words', () => {
    expect(normalise('Check whether **the** `vpc_id` is an ID, or not!'), 'words').toEqual([
      'check',
      'whether',
      'vpc',
      'id',
      'id',
      'or',
      'not',
    ]);
  });
});

describe('sentences', () => {
  it('splits after . ! ? and at line breaks, not inside numbers', () => {
    expect(sentences('Use v2.0 here. Then retry!\nDone? yes'), 'sentences').toEqual([
      'Use v2.0 here.',
      'Then retry!',
      'Done?',
      'yes',
    ]);
  });
});

describe('word metrics', () => {
  it('counts word edits', () => {
    expect(wordLevenshtein(['a', 'b', 'c'], ['a', 'x', 'c']), 'one substitution').toBe(1);
    expect(wordLevenshtein(['a', 'b'], ['b', 'a']), 'a swap is two edits').toBe(2);
    expect(wordLevenshtein([], ['a', 'b']), 'insertions').toBe(2);
  });

  it('finds the longest shared run of words', () => {
    expect(longestSharedRun(['x', 'a', 'b', 'c', 'y'], ['a', 'b', 'c', 'z', 'a', 'b']), 'a b c').toBe(3);
    expect(longestSharedRun(['a'], ['b']), 'nothing shared').toBe(0);
  });
});

describe('nearCopies', () => {
  it('catches a lightly edited upstream sentence', () => {
    const edited = 'Check whether the VPC ID is right or whether the VPC exists under your tenant.';
    const [pair] = comparePairs(edited, [UPSTREAM]);
    expect(pair?.similarity, 'two words changed out of twelve').toBeGreaterThanOrEqual(SIMILARITY_LIMIT);
    expect(nearCopies(edited, [UPSTREAM]), 'flagged').toHaveLength(1);
  });

  it('catches an upstream clause inside a longer sentence by its run of shared words', () => {
    const ours =
      'Before sending again, look at the console: check whether the VPC ID is correct or whether it is gone.';
    const [pair] = comparePairs(ours, [UPSTREAM]);
    expect(pair?.similarity, 'diluted below the similarity limit').toBeLessThan(SIMILARITY_LIMIT);
    expect(pair && isNearCopy(pair), `run of ${String(pair?.run)} words`).toBe(true);
  });

  it('passes independent phrasing of the same advice', () => {
    const ours = 'Take the ID from the VPC list of the project and send the request again. Retry only after that.';
    expect(nearCopies(ours, [UPSTREAM]), 'not flagged').toEqual([]);
  });

  it('leaves out upstream sentences of fewer than four words', () => {
    expect(nearCopies('Contact technical support.', ['Contact technical support.']), 'too short to count').toEqual([]);
  });
});
