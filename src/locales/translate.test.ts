// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { translator } from './translate';
import { zh } from './zh';

describe('translator', () => {
  const t = translator('en', en);

  it('reads a string by its dotted key and fills its variables', () => {
    expect(t('detail.title', { code: 404, phrase: 'Not Found' })).toBe('404 Not Found — VPC API status codes');
  });

  it('chooses the plural form for a count, in each language', () => {
    expect(t('search.count', { count: 1, total: 17 })).toBe(
      en.search.count_one.replace('{{count}}', '1').replace('{{total}}', '17'),
    );
    expect(translator('zh', zh)('search.count', { count: 3, total: 17 })).toBe('显示3个，共17个状态码。');
  });

  it('leaves unknown variables visible and shows a missing key rather than a blank', () => {
    expect(t('detail.title', { code: 404 })).toBe('404 {{phrase}} — VPC API status codes');
    expect(t('no.such.key' as Parameters<typeof t>[0])).toBe('no.such.key');
  });
});
