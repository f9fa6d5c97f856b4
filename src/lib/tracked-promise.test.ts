// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { cachedLoad, once, retryFailedLoads, tracked } from './tracked-promise';

describe('once', () => {
  it('loads once and shares the result', async () => {
    const load = vi.fn(async () => 42);
    const get = once(load);
    expect(get()).toBe(get());
    expect(await get()).toBe(42);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('keeps a failure until the next attempt, then tries again instead of failing for good', async () => {
    const load = vi.fn().mockRejectedValueOnce(new TypeError('Failed to fetch')).mockResolvedValue('chunk');
    const get = once(load as () => Promise<string>);
    await expect(get()).rejects.toThrow('Failed to fetch');
    await expect(get(), 'a render retried at once sees the failure, not a new fetch').rejects.toThrow();
    retryFailedLoads();
    expect(await get()).toBe('chunk');
    expect(await get()).toBe('chunk');
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('cachedLoad', () => {
  it('loads once per key and shares the result', async () => {
    const load = vi.fn(async (lang: string, code: string) => `${lang}/${code}`);
    const get = cachedLoad(load);
    expect(get('en', 'VPC.0114')).toBe(get('en', 'VPC.0114'));
    expect(get('en', 'VPC.0114')).not.toBe(get('zh', 'VPC.0114'));
    expect(await get('zh', 'VPC.0114')).toBe('zh/VPC.0114');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('keys by the arguments the loader declares, so it can be passed to map', async () => {
    const load = vi.fn(async (lang: string) => lang);
    const get = cachedLoad(load);
    await Promise.all(['en', 'zh'].map(get));
    expect(get('en')).toBe(get('en'));
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('forgets only the key that failed, and a loader that throws at once', async () => {
    let fail = true;
    const get = cachedLoad((key: string) => {
      if (fail && key === 'bad') throw new TypeError('Failed to fetch');
      return Promise.resolve(key);
    });
    const good = get('good');
    await expect(get('bad')).rejects.toThrow('Failed to fetch');
    fail = false;
    retryFailedLoads();
    expect(await get('bad')).toBe('bad');
    expect(get('good')).toBe(good);
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
