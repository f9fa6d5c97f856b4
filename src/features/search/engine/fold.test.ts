// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fold, foldQuery, toOriginal } from './fold';

describe('fold', () => {
  it('folds case, full-width forms and Chinese punctuation in place, with no offset map', () => {
    expect(fold('Gateway ＴＩＭＥＯＵＴ，网关超时。')).toEqual({ text: 'gateway timeout,网关超时。', map: null });
  });

  it('keeps a map back to the original where folding changes lengths', () => {
    const f = fold('ﬁrst café ㎞ x');
    expect(f.text).toBe('first cafe km x');
    expect(f.map).not.toBeNull();
    const range = (word: string) => toOriginal(f, f.text.indexOf(word), f.text.indexOf(word) + word.length);
    expect(range('first')).toEqual([0, 4]);
    expect(range('cafe')).toEqual([5, 9]);
    expect(range('km')).toEqual([10, 11]);
    expect(range('x')).toEqual([12, 13]);
  });

  it('reads a query: cut to length, control characters and lone surrogates as spaces', () => {
    expect(foldQuery('  ＶＰＣ\u0000.0114\u0007 ', 100)).toBe('vpc .0114');
    expect(foldQuery('a\ud800b', 100)).toBe('a b');
    expect(foldQuery('timeout', 4)).toBe('time');
  });
});
