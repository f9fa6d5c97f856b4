// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { stem } from './stem';

describe('stem', () => {
  it.each([
    ['subnets', 'subnet'],
    ['delete', 'deleted', 'deleting', 'deletes', 'deletion', 'deletions'],
    ['create', 'creation', 'creating'],
    ['connect', 'connection', 'connections'],
    ['expire', 'expired', 'expires', 'expiring'],
    ['use', 'used', 'uses', 'using'],
    ['policy', 'policies'],
    ['deny', 'denied', 'denies'],
    ['address', 'addresses'],
    ['route', 'routes', 'routing'],
    ['map', 'mapped', 'mapping'],
    ['exceed', 'exceeds', 'exceeded', 'exceeding'],
  ])('%s and its forms share a stem', (...forms) => {
    expect(new Set(forms.map(stem)).size).toBe(1);
  });

  it('leaves words that only look inflected apart', () => {
    expect(stem('status')).toBe('status');
    expect(stem('this')).toBe('this');
    expect(stem('access')).toBe('access');
    expect(stem('string')).toBe('string');
    expect(stem('called')).toBe('call');
    expect(stem('exceed')).toBe('exceed');
    expect(stem('used')).not.toBe(stem('status'));
    expect(stem('region')).toBe('region');
    expect(stem('union')).toBe('union');
  });
});
