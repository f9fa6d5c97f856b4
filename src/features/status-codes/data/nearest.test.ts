// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { nearestDocumentedCodes } from './nearest';

describe('nearestDocumentedCodes', () => {
  it('suggests the nearest documented codes for a code-like query', () => {
    expect(nearestDocumentedCodes('418')).toEqual([409, 408, 407]);
    expect(nearestDocumentedCodes('４１８'), 'full-width digits').toEqual([409, 408, 407]);
    expect(nearestDocumentedCodes('499')).toEqual([500, 501, 502]);
    expect(nearestDocumentedCodes('404')).toEqual([404, 403, 405]);
    expect(nearestDocumentedCodes('3')).toEqual([400, 401, 403]);
    expect(nearestDocumentedCodes('3xx', 'all', 2)).toEqual([400, 401]);
    expect(nearestDocumentedCodes('418', '5xx')).toEqual([500, 501, 502]);
  });

  it('returns nothing for queries that are not code-like', () => {
    for (const q of ['', 'abc', '4040', 'timeout', '4 0 4', '-1']) expect(nearestDocumentedCodes(q), q).toEqual([]);
  });
});
