// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { statusCodes } from '@/features/status-codes/data/status-codes';
import { nearestCodes } from './nearest-codes';
import { fixture } from './test-fixture';

describe('nearestCodes', () => {
  it('suggests the nearest existing codes for a numeric query', () => {
    expect(nearestCodes('418', statusCodes)).toEqual([409, 408, 407]);
    expect(nearestCodes('４１８', statusCodes)).toEqual([409, 408, 407]);
    expect(nearestCodes('499', statusCodes)).toEqual([500, 501, 502]);
    expect(nearestCodes('404', statusCodes)).toEqual([404, 403, 405]);
    expect(nearestCodes('3', statusCodes)).toEqual([400, 401, 403]);
    expect(nearestCodes('3xx', statusCodes, 2)).toEqual([400, 401]);
    expect(nearestCodes('418', statusCodes, 1)).toEqual([409]);
    expect(nearestCodes('418', statusCodes, 3, { classFilter: '5xx' })).toEqual([500, 501, 502]);
    expect(nearestCodes('405', fixture)).toEqual([404, 403, 408]); // codes are de-duplicated
  });

  it('returns nothing for non-numeric queries or n ≤ 0', () => {
    for (const q of ['', 'abc', '4040', 'timeout', '4 0 4', '-1']) expect(nearestCodes(q, statusCodes)).toEqual([]);
    expect(nearestCodes('418', statusCodes, 0)).toEqual([]);
    expect(nearestCodes('418', statusCodes, Number.NaN)).toEqual([]);
  });
});
