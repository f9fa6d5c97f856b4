// @vitest-environment node
import core from 'virtual:explain/core';
import en from 'virtual:explain/texts/en';
import { describe, expect, it } from 'vitest';
import { createExplainer } from './explainer';

/*
 * Hostile input: strings built to make a backtracking pattern or a quadratic scan blow up. explain()
 * must take time linear in the text: four times the text may take about four times as long, never
 * sixteen. Timings are the best of a few runs, so a busy machine does not fail the test.
 */
const { explain } = createExplainer(core, { en }, 'https://example.com/');
const message = core.errors.find((e) => e.code === 'VPC.0104')!.occurrences[0]!.message;

const PATHOLOGICAL: [name: string, unit: string][] = [
  ['open braces', '{'],
  ['nested objects', '{"a":'],
  ['unterminated strings', '{"error_msg": "\\"'],
  ['escaped quotes', '\\"'],
  ['code prefixes', 'VPC.'],
  ['near-codes', 'vpc-011 '],
  ['status words', 'HTTP status code: '],
  ['reason phrases', '409 Conflic '],
  ['a documented message without its end', message.slice(0, -8) + ' '],
  ['spaces', ' \t'],
  ['placeholders', 'xxx xx ** %s '],
  ['Chinese', '错误码请求失败'],
];

function seeded(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

/** A random text of `n` characters from the characters the recogniser's patterns care about. */
function noise(n: number, seed: number): string {
  const random = seeded(seed);
  const alphabet = '{}[]":,\\\' \n\tVPCvpc.0123456789HTTPstatuserror_codemsg错误\u0000\uffff';
  let s = '';
  while (s.length < n) s += alphabet[Math.floor(random() * alphabet.length)];
  return s;
}

/** The best of a few runs of each text, the two interleaved, so a busy spell slows both alike. */
function bestTimes(texts: readonly string[], runs = 5): number[] {
  const best = texts.map(() => Infinity);
  for (let i = 0; i < runs; i++) {
    texts.forEach((text, j) => {
      const start = performance.now();
      explain(text);
      best[j] = Math.min(best[j]!, performance.now() - start);
    });
  }
  return best;
}

const SMALL = 100_000;
/** Four times this still fits in one of the recogniser's windows. */
const WINDOW_SMALL = 12_000;

describe('explain on hostile input', () => {
  // Within one window (the recogniser's own patterns) and across many (the explainer's reading).
  it.each(PATHOLOGICAL.flatMap(([name, unit]) => [SMALL, WINDOW_SMALL].map((size) => [name, size, unit] as const)))(
    'stays linear on repeated %s (%i, then 4 times as many characters)',
    (_, size, unit) => {
      const small = unit.repeat(Math.ceil(size / unit.length));
      const large = small.repeat(4);
      const [t1 = 0, t4 = 0] = bestTimes([small, large]);
      // Linear is ×4; allow for noise and fixed costs (other tests run beside this one), and fail a quadratic ×16.
      expect(t4, `${String(t1)} ms for ${String(small.length)} chars`).toBeLessThan(Math.max(t1 * 10, 50));
      expect(t4).toBeLessThan(2000);
    },
  );

  it('never throws and returns well-formed answers on random text', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const answers = explain(noise(5000, seed));
      for (const a of answers) expect(a.url.startsWith('https://example.com/')).toBe(true);
    }
  });

  it('reads a megabyte of random text within a second', () => {
    expect(bestTimes([noise(1_000_000, 7)], 1)[0]).toBeLessThan(1000);
  });
});
