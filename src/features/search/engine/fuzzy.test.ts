// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { typoBudget, withinDistance } from './fuzzy';

describe('typoBudget', () => {
  it('allows no typo in short words, numbers or Chinese, one up to 7 letters and two beyond', () => {
    expect(typoBudget('abc')).toBe(0);
    expect(typoBudget('time')).toBe(1);
    expect(typoBudget('timeout')).toBe(1);
    expect(typoBudget('forbiden')).toBe(2);
    expect(typoBudget('ab12')).toBe(0);
    expect(typoBudget('代理代理')).toBe(0);
  });
});

describe('withinDistance', () => {
  it('computes a bounded optimal-string-alignment distance', () => {
    expect(withinDistance('found', 'fuond', 1)).toBe(true);
    expect(withinDistance('unauthorised', 'unauthorized', 1)).toBe(true);
    expect(withinDistance('timout', 'timeout', 1)).toBe(true);
    expect(withinDistance('abcd', 'badc', 1)).toBe(false);
    expect(withinDistance('abcd', 'badc', 2)).toBe(true);
    expect(withinDistance('kitten', 'sitting', 2)).toBe(false);
    expect(withinDistance('kitten', 'sitting', 3)).toBe(true);
    expect(withinDistance('ab', 'abcd', 1)).toBe(false);
  });
});
