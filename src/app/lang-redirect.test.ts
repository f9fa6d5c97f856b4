// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { LANG_PREFERENCE_KEY } from '@/lib/safe-storage';

const source = readFileSync(new URL('../../public/lang-redirect.js', import.meta.url), 'utf8');

/** Runs the root page's redirect script against a fake browser and returns where it went, if anywhere. */
function runRedirect({
  stored,
  languages,
  blocked = false,
}: {
  stored?: string;
  languages: string[];
  blocked?: boolean;
}) {
  const replace = vi.fn();
  const fakeWindow = {
    get localStorage() {
      if (blocked) throw new Error('SecurityError');
      return { getItem: (key: string) => (key === LANG_PREFERENCE_KEY ? (stored ?? null) : null) };
    },
    location: { search: '?q=1', hash: '', replace },
  };
  const fakeDocument = { currentScript: { src: 'https://example.test/docs/lang-redirect.js' } };
  const fakeNavigator = { languages, language: languages[0] };
  new Function('window', 'document', 'navigator', source)(fakeWindow, fakeDocument, fakeNavigator);
  return replace.mock.calls[0]?.[0] as string | undefined;
}

describe('root language redirect', () => {
  it('reads the same storage key the language switch writes', () => {
    expect(source).toContain(`'${LANG_PREFERENCE_KEY}'`);
  });

  it('stays on Chinese for Chinese browsers', () => {
    expect(runRedirect({ languages: ['zh-CN', 'en'] })).toBeUndefined();
    expect(runRedirect({ languages: ['zh'] })).toBeUndefined();
  });

  it('goes to English for other browsers, keeping the query', () => {
    expect(runRedirect({ languages: ['de-DE', 'zh-CN'] })).toBe('https://example.test/docs/en/?q=1');
  });

  it('lets a stored choice win over the browser', () => {
    expect(runRedirect({ stored: 'en', languages: ['zh-CN'] })).toBe('https://example.test/docs/en/?q=1');
    expect(runRedirect({ stored: 'zh', languages: ['en-US'] })).toBeUndefined();
  });

  it('falls back to the browser when storage is blocked', () => {
    expect(runRedirect({ blocked: true, languages: ['en-US'] })).toBe('https://example.test/docs/en/?q=1');
  });
});
