// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { TEST_KNOWN } from '@/test/pastes/test-known';
import { recognizePaste } from '@/lib/paste/recognize';

/*
 * Pathological pastes: long runs of what the recogniser's patterns look for. Every pattern must stay
 * linear (no nested or adjacent unbounded quantifiers over the same characters), so four times the
 * text may take about four times as long, never sixteen. Limits are generous, and each time is the
 * best of a few runs, so that a busy machine does not fail the test.
 */

const recognize = (text: string) => recognizePaste(text, TEST_KNOWN);

const RUNS: [label: string, unit: string, lead?: string][] = [
  ['spaces', ' '],
  ['braces', '{'],
  ['quotes', '"'],
  ['escaped quotes', '\\"'],
  ['digits', '4'],
  ['frames', '│ '],
  ['status and spaces', 'status      '],
  ['status code words', 'status code: '],
  ['response code', 'Response code : '],
  ['HTTP', 'HTTP '],
  ['got', 'but got '],
  ['reason phrases', 'Internal Server Error '],
  ['SDK keys', 'error_code:'],
  ['SDK keys with values', 'error_msg:x,status_code:4'],
  ['code-like words', 'VPC.0 APIGW.03 '],
  ['camel case', 'OverQuotaClientX'],
  ['template words', 'Unable to complete operation on subnet '],
  ['quota', "Quota exceeded for resources: ['"],
  ['open JSON keys', '{"error_code": "VPC.01'],
  ['log lines', '2024-05-01 12:00:01 ERROR x\n'],
  // One word a pattern starts at, then a long run of what may follow it.
  ['status, then spaces', ' ', 'status'],
  ['HTTP, then spaces', ' ', 'HTTP/1.1'],
  ['returned, then spaces', ' ', 'returned'],
  ['an SDK key, then spaces', ' ', 'error_msg: x'],
  ['a reason phrase, then spaces', ' ', '409'],
];

const build = (unit: string, chars: number, lead = '') =>
  lead + unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars - lead.length);

function best(text: string): number {
  let min = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    recognize(text);
    min = Math.min(min, performance.now() - start);
  }
  return min;
}

describe('pathological pastes', () => {
  it.each(RUNS)('%s: 100 kB in well under a second, and linear', (_label, unit, lead) => {
    expect(() => recognize(build(unit, 100_000, lead))).not.toThrow();
    expect(best(build(unit, 100_000, lead))).toBeLessThan(500);
    // Below the prefix the recogniser reads, so that both sizes are read whole.
    const small = best(build(unit, 12_000, lead));
    const large = best(build(unit, 48_000, lead));
    expect(large, `${(small * 1000).toFixed(0)} µs → ${(large * 1000).toFixed(0)} µs`).toBeLessThan(
      Math.max(8 * small, 25),
    );
  });

  it('reads only a bounded prefix of a huge paste', () => {
    const tail = JSON.stringify({ code: 'VPC.0114', message: "Quota exceeded for resources: ['router']." });
    expect(recognize(tail)).not.toEqual([]);
    expect(recognize(`${' '.repeat(1_000_000)}${tail}`)).toEqual([]);
    expect(best(`${'x '.repeat(2_000_000)}`)).toBeLessThan(500);
  });
});
