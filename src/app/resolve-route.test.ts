// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { resolveRoute, routeKey } from './resolve-route';

describe('resolveRoute', () => {
  it.each([
    ['/', { kind: 'index', lang: 'zh', params: {} }],
    ['/zh/', { kind: 'index', lang: 'zh', params: {} }],
    ['/en', { kind: 'index', lang: 'en', params: {} }],
    ['/en/index.html', { kind: 'index', lang: 'en', params: {} }],
    ['/en/codes/404', { kind: 'code', lang: 'en', params: { code: 404 } }],
    ['/zh/codes/201/', { kind: 'code', lang: 'zh', params: { code: 201 } }],
    ['/en/embedding', { kind: 'embedding', lang: 'en', params: {} }],
    ['/zh/embed', { kind: 'embed-index', lang: 'zh', params: {} }],
    ['/en/embed/codes/409', { kind: 'embed-code', lang: 'en', params: { code: 409 } }],
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
    expect(resolveRoute(path)).toMatchObject({ kind: 'not-found', lang, params: { requestedCode: code } });
  });

  it('answers unknown embed paths with the embed’s own not-found card', () => {
    expect(resolveRoute('/en/embed/codes/999')).toEqual({
      kind: 'embed-not-found',
      lang: 'en',
      params: { requestedCode: 999, requestedError: null },
    });
    expect(resolveRoute('/fr/embed')).toMatchObject({ kind: 'not-found', lang: null });
  });

  it('decodes the path for display and survives malformed percent-encoding', () => {
    expect(resolveRoute('/en/%3Cb%3E')).toMatchObject({ params: { path: '/en/<b>' } });
    expect(resolveRoute('/en/%E0%A4%A')).toMatchObject({ kind: 'not-found', params: { path: '/en/%E0%A4%A' } });
  });

  it('resolves a path once, however often it is asked', () => {
    expect(resolveRoute('/en/codes/503')).toBe(resolveRoute('/en/codes/503'));
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
