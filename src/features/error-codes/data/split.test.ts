// @vitest-environment node
import { describe, expect, it } from 'vitest';
import raw from './error-codes.json';
import type { ErrorCodeData } from './error-codes.schema';
import { errorDetailsOf, errorIndexOf } from './split';

const data = raw as ErrorCodeData;

describe('the pieces pages download', () => {
  it('index: every code once, with the union of its statuses and its operations in the language', () => {
    const index = errorIndexOf(data, 'zh');
    expect(index.codes.map((e) => e.code)).toEqual(data.codes.map((e) => e.code));
    const vpc0105 = index.codes.find((e) => e.code === 'VPC.0105')!;
    expect(vpc0105.statuses, 'VPC.0105 occurs as 404/500 and as 500').toEqual([404, 500]);
    expect(vpc0105.operations.map((i) => data.operations[i]!.en)).toContain('Querying VPCs');
    expect(index.operations[0]).toBe(data.operations[0]!.zh);
  });

  it('details: every occurrence with its literal message, and related codes that are other codes', () => {
    for (const entry of data.codes) {
      const details = errorDetailsOf(data, 'en', entry.code)!;
      expect(
        details.occurrences.map((o) => o.message),
        entry.code,
      ).toEqual(entry.occurrences.map((o) => o.message));
      expect(details.related, `${entry.code} relates to itself`).not.toContain(entry.code);
      expect(details.related.length, `${entry.code} relates to at most 6 codes`).toBeLessThanOrEqual(6);
      for (const code of details.related)
        expect(
          data.codes.some((e) => e.code === code),
          code,
        ).toBe(true);
    }
    expect(errorDetailsOf(data, 'en', 'VPC.9999')).toBeUndefined();
  });

  it('keeps the earlier wording only where the message changed', () => {
    const details = errorDetailsOf(data, 'en', 'VPC.0208')!;
    expect(details.occurrences[0]?.earlierMessage).toBe('Subnet is used by private IP, can not be deleted.');
    expect(errorDetailsOf(data, 'en', 'VPC.0114')!.occurrences[0]).not.toHaveProperty('earlierMessage');
  });
});
