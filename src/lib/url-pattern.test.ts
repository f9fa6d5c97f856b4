// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { normalizeBase, stripBasePath } from './base-path';
import { urlPattern } from './url-pattern';

describe('urlPattern', () => {
  const code = urlPattern('/:lang/codes/:code');
  const index = urlPattern('/:lang/');
  const rest = urlPattern('/:lang/embed/*');

  it('builds paths, encoding each part', () => {
    expect(code.build({ lang: 'en', code: '404' })).toBe('/en/codes/404');
    expect(code.build({ lang: 'en', code: 'a/b' })).toBe('/en/codes/a%2Fb');
    expect(index.build({ lang: 'zh' })).toBe('/zh/');
  });

  it('reads paths back into their decoded parts', () => {
    expect(code.match('/en/codes/404')).toEqual({ lang: 'en', code: '404' });
    expect(code.match('/en/codes/404/')).toEqual({ lang: 'en', code: '404' });
    expect(code.match('/en/codes/%3Cb%3E')).toEqual({ lang: 'en', code: '<b>' });
    expect(index.match('/en/index.html')).toEqual({ lang: 'en' });
    expect(rest.match('/en/embed/codes/999')).toEqual({ lang: 'en', rest: 'codes/999' });
  });

  it('refuses other shapes', () => {
    expect(code.match('/en/codes')).toBeNull();
    expect(code.match('/en/codes/404/x')).toBeNull();
    expect(code.match('/en/code/404')).toBeNull();
    expect(rest.match('/en/other')).toBeNull();
  });
});

describe('base paths', () => {
  it('normalise however they are written', () => {
    expect(normalizeBase(undefined)).toBe('/');
    expect(normalizeBase('docs/x')).toBe('/docs/x/');
    expect(normalizeBase('/docs//x/')).toBe('/docs/x/');
  });

  it('are stripped from pathnames inside them only', () => {
    expect(stripBasePath('/docs/', '/docs/en/')).toBe('/en/');
    expect(stripBasePath('/docs/', '/docs')).toBe('/');
    expect(stripBasePath('/docs/', '/docsx/en/')).toBe('/docsx/en/');
    expect(stripBasePath('/', '/en/')).toBe('/en/');
  });
});
