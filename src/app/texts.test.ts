// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { errorCodeData } from '@/features/error-codes/build';
import { statusCodeData } from '@/features/status-codes/build';
import { en } from '@/locales/en';
import { enPages } from '@/locales/en-pages';
import { zh } from '@/locales/zh';
import { zhPages } from '@/locales/zh-pages';

/*
 * The site's texts come from two places, the UI strings and the data modules; a reader sees them
 * side by side, so their conventions are checked together here.
 */

const texts = (value: unknown, at: string): [string, string][] => {
  if (typeof value === 'string') return [[at, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => texts(child, `${at}.${key}`));
};
const enKeys = new Map([...texts(en, 'en'), ...texts(enPages, 'en')]);
const zhKeys = new Map([...texts(zh, 'zh'), ...texts(zhPages, 'zh')]);

describe('apostrophes', () => {
  it('are one style per language across the UI strings and the data: straight in English, none curly', () => {
    const english = [...enKeys];
    const data = [...texts(statusCodeData, 'status-codes'), ...texts(errorCodeData, 'error-codes')];
    const curly = [...english, ...data].filter(([, text]) => /[‘’]/.test(text)).map(([where]) => where);
    expect(curly, 'texts with a curly apostrophe where the others use a straight one').toEqual([]);
    expect(
      [...zhKeys].filter(([, value]) => /[‘’]/.test(String(value))).map(([key]) => key),
      'zh strings with a curly apostrophe',
    ).toEqual([]);
  });
});

describe('error codes named in prose', () => {
  it('are documented ones, since the pages link each to its page', () => {
    const documented = new Set(errorCodeData.codes.map((c) => c.code));
    const prose = [...texts(statusCodeData, 'status-codes'), ...texts(errorCodeData, 'error-codes')].filter(([at]) =>
      /\.(meaning|action|text)\.(en|zh)$/.test(at),
    );
    expect(prose.length, 'guidance texts found').toBeGreaterThan(100);
    const unknown = prose.flatMap(([at, text]) =>
      [...text.matchAll(/VPC\.\d{4}/g)].filter(([code]) => !documented.has(code)).map(([code]) => `${at}: ${code}`),
    );
    expect(unknown).toEqual([]);
  });
});
