// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { once, tracked } from './tracked-promise';

describe('once', () => {
  it('loads once and shares the result', async () => {
    const load = vi.fn(async () => 42);
    const get = once(load);
    expect(get()).toBe(get());
    expect(await get()).toBe(42);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries again after a failed load, instead of failing for good', async () => {
    const load = vi.fn().mockRejectedValueOnce(new TypeError('Failed to fetch')).mockResolvedValue('chunk');
    const get = once(load as () => Promise<string>);
    await expect(get()).rejects.toThrow('Failed to fetch');
    expect(await get()).toBe('chunk');
    expect(await get()).toBe('chunk');
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('tracked', () => {
  it('marks a settled promise for React’s use, failed ones included', async () => {
    const done = tracked(Promise.resolve('x'));
    const failed = tracked(Promise.reject(new Error('gone')));
    await Promise.allSettled([done, failed]);
    expect(done).toMatchObject({ status: 'fulfilled', value: 'x' });
    expect(failed).toMatchObject({ status: 'rejected', reason: new Error('gone') });
  });
});
