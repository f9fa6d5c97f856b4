// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseClassFilter } from './class-filter';

describe('parseClassFilter', () => {
  it('parses the URL value, defaulting to all', () => {
    expect(parseClassFilter('4xx')).toBe('4xx');
    expect(parseClassFilter('5XX')).toBe('5xx');
    expect(parseClassFilter(' 2xx ')).toBe('2xx');
    expect(parseClassFilter('all')).toBe('all');
    for (const v of [null, undefined, '', '3xx', '4', 'xx', 'bogus', '<script>'])
      expect(parseClassFilter(v)).toBe('all');
  });
});
