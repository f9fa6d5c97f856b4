// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { statusCodeData } from '@/features/status-codes/build';
import { errorCodeData } from '@/features/error-codes/build';
import { gatewayCodeData } from '@/features/gateway-codes/build';
import { neutronErrorData } from '@/features/neutron-errors/build';
import { buildCorpus, buildGatewayCorpus } from '../corpus';
import { synonyms } from '../data/synonyms';
import { createSearchIndex } from '../engine/search';
import { TEST_KNOWN } from '@/test/pastes/test-known';
import { recognizePaste } from '@/lib/paste/recognize';
import { tellingSearch } from './telling-search';

/*
 * What the site's search does with a text in its box, on pathological input: the recogniser, the
 * engine's search and, for a long text that matched nothing, the search by its telling words. Like the
 * recogniser's own fuzz test: four times the text may take about four times as long, never sixteen.
 */

const corpus = [
  ...buildCorpus(statusCodeData, errorCodeData, neutronErrorData),
  ...buildGatewayCorpus(gatewayCodeData),
];
const index = createSearchIndex(corpus, synonyms);

function searchBox(text: string) {
  recognizePaste(text, TEST_KNOWN);
  if (index.search(text, { limit: 20 }).hits.length === 0) tellingSearch(index, text, 20);
}

const RUNS: [label: string, unit: string][] = [
  ['one letter', 'a'],
  ['spaces', ' '],
  ['words', 'subnet in use '],
  ['Chinese', '子网已被使用'],
  ['code-like words', 'VPC.01 APIGW.03 40 4xx '],
  ['typos', 'sbunet qutoa excedeed '],
  ['quotes and braces', '{"error_code": "'],
  ['digits', '4094 '],
];

const build = (unit: string, chars: number) => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);

function best(text: string): number {
  let min = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    searchBox(text);
    min = Math.min(min, performance.now() - start);
  }
  return min;
}

describe("the site search's box, on pathological input", () => {
  it.each(RUNS)('%s: 100 kB in well under a second, and linear', (_label, unit) => {
    expect(() => searchBox(build(unit, 100_000))).not.toThrow();
    expect(best(build(unit, 100_000))).toBeLessThan(1000);
    const small = best(build(unit, 2_000));
    const large = best(build(unit, 8_000));
    expect(large, `${(small * 1000).toFixed(0)} µs → ${(large * 1000).toFixed(0)} µs`).toBeLessThan(
      Math.max(8 * small, 25),
    );
  });
});
