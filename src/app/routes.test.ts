// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { resolveRoute, routeKey } from './routes';

describe('resolveRoute', () => {
  it.each([
    ['/', { kind: 'index', lang: 'zh' }],
    ['/zh/', { kind: 'index', lang: 'zh' }],
    ['/en', { kind: 'index', lang: 'en' }],
    ['/en/index.html', { kind: 'index', lang: 'en' }],
    ['/en/codes/404', { kind: 'code', lang: 'en', code: 404 }],
    ['/zh/codes/201/', { kind: 'code', lang: 'zh', code: 201 }],
  ])('%s is a known page', (path, expected) => {
    expect(resolveRoute(path)).toEqual(expected);
  });

  it.each([
    ['/en/codes/999', 'en', 999],
    ['/en/codes/abc', 'en', null],
    ['/en/codes/0404', 'en', 404],
    ['/zh/nope', 'zh', null],
    ['/en/codes/404/extra', 'en', null],
    ['/fr/', null, null],
    ['/fr/codes/418', null, 418],
  ])('%s is not found (lang %s, code %s)', (path, lang, code) => {
    expect(resolveRoute(path)).toMatchObject({ kind: 'not-found', lang, requestedCode: code });
  });

  it('decodes the path for display and survives malformed percent-encoding', () => {
    expect(resolveRoute('/en/%3Cb%3E')).toMatchObject({ path: '/en/<b>' });
    expect(resolveRoute('/en/%E0%A4%A')).toMatchObject({ kind: 'not-found', path: '/en/%E0%A4%A' });
  });
});

describe('routeKey', () => {
  it('differs between pages and languages', () => {
    const keys = ['/zh/', '/en/', '/zh/codes/404', '/en/codes/404', '/en/x'].map((p) => routeKey(resolveRoute(p)));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('is the same for the root and the Chinese index, which render the same page', () => {
    expect(routeKey(resolveRoute('/'))).toBe(routeKey(resolveRoute('/zh/')));
  });
});
