import { describe, expect, it, vi } from 'vitest';
import { HEIGHT_MESSAGE, THEME_MESSAGE, THEMES, themeFrom } from '@/lib/embed-protocol';
import { embedTarget, heightFrom } from './embed-target';
import { preferredLang } from './preferred-lang';

const SITE = new URL('https://docs.example.com/vpc/');

function placeholder(attributes: Record<string, string>): Element {
  const el = document.createElement('div');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
}

describe('embed loader: which view a placeholder asks for', () => {
  it('builds the embed URL under the script’s own base, with its options', () => {
    expect(embedTarget(placeholder({ 'data-lang': 'en', 'data-code': '404', 'data-theme': 'dark' }), SITE)).toEqual({
      url: 'https://docs.example.com/vpc/en/embed/codes/404?theme=dark',
      view: 'https://docs.example.com/vpc/en/embed/codes/404',
      theme: 'dark',
      title: 'VPC API status code 404',
    });
    expect(embedTarget(placeholder({ 'data-query': '超时', 'data-class': '5xx' }), SITE)).toEqual({
      url: 'https://docs.example.com/vpc/zh/embed?q=%E8%B6%85%E6%97%B6&class=5xx',
      view: 'https://docs.example.com/vpc/zh/embed?q=%E8%B6%85%E6%97%B6&class=5xx',
      theme: 'auto',
      title: 'VPC API状态码',
    });
  });

  it('shows an error code as a card, in its documented spelling, before a status code', () => {
    const target = embedTarget(
      placeholder({ 'data-lang': 'en', 'data-error': ' vpc.0114 ', 'data-code': '409' }),
      SITE,
    );
    expect(target).toMatchObject({
      url: 'https://docs.example.com/vpc/en/embed/errors/VPC.0114',
      title: 'VPC API error code VPC.0114',
    });
    expect(embedTarget(placeholder({ 'data-error': 'VPC.0114', 'data-theme': 'light' }), SITE)).toMatchObject({
      url: 'https://docs.example.com/vpc/zh/embed/errors/VPC.0114?theme=light',
      title: 'VPC API错误码VPC.0114',
    });
  });

  it('falls back to the default language and the tables for unknown options', () => {
    const target = embedTarget(
      placeholder({ 'data-lang': 'fr', 'data-code': 'x', 'data-error': 'VPC.01', 'data-theme': 'neon' }),
      SITE,
    );
    expect(target.url).toBe('https://docs.example.com/vpc/zh/embed');
    expect(target.theme).toBe('auto');
  });
});

describe('embed frame: which theme messages it follows', () => {
  const parent = {} as Window;
  const message = (data: unknown, source: unknown = parent) =>
    new MessageEvent('message', { data, source: source as MessageEventSource });

  it('accepts the documented shape from the window that framed it', () => {
    for (const theme of THEMES) expect(themeFrom(message({ type: THEME_MESSAGE, theme }), parent)).toBe(theme);
  });

  it('refuses other senders, shapes and values', () => {
    expect(themeFrom(message({ type: THEME_MESSAGE, theme: 'dark' }, window), parent)).toBeNull();
    expect(themeFrom(message({ type: THEME_MESSAGE, theme: 'dark' }, null), parent)).toBeNull();
    expect(themeFrom(message({ type: THEME_MESSAGE, theme: 'neon' }), parent)).toBeNull();
    expect(themeFrom(message({ type: HEIGHT_MESSAGE, theme: 'dark' }), parent)).toBeNull();
    expect(themeFrom(message({ type: THEME_MESSAGE, theme: 'dark', extra: 1 }), parent)).toBeNull();
    expect(themeFrom(message('dark'), parent)).toBeNull();
    // Not framed: the window is its own parent, and nothing it sends itself counts.
    expect(themeFrom(message({ type: THEME_MESSAGE, theme: 'dark' }, window), window)).toBeNull();
  });
});

describe('embed loader: which messages may resize a frame', () => {
  const message = (data: unknown, origin = SITE.origin) => new MessageEvent('message', { data, origin });

  it('accepts a finite height from the site’s origin', () => {
    expect(heightFrom(message({ type: HEIGHT_MESSAGE, height: 512 }), SITE.origin)).toBe(512);
  });

  it('refuses other origins, shapes and values', () => {
    expect(heightFrom(message({ type: HEIGHT_MESSAGE, height: 512 }, 'https://evil.example'), SITE.origin)).toBeNull();
    expect(heightFrom(message('garbage'), SITE.origin)).toBeNull();
    expect(heightFrom(message({ type: 'other', height: 5 }), SITE.origin)).toBeNull();
    expect(heightFrom(message({ type: HEIGHT_MESSAGE, height: Number.NaN }), SITE.origin)).toBeNull();
    expect(heightFrom(message({ type: HEIGHT_MESSAGE, height: 1e9 }), SITE.origin)).toBeNull();
  });
});

describe('root language redirect', () => {
  it('stays on Chinese for Chinese browsers and goes to English for others', () => {
    expect(preferredLang(null, ['zh-CN', 'en'])).toBe('zh');
    expect(preferredLang(null, ['zh'])).toBe('zh');
    expect(preferredLang(null, ['de-DE', 'zh-CN'])).toBe('en');
  });

  it('lets a stored choice win over the browser, and ignores a stored value it does not know', () => {
    expect(preferredLang('en', ['zh-CN'])).toBe('en');
    expect(preferredLang('zh', ['en-US'])).toBe('zh');
    expect(preferredLang('fr', ['en-US'])).toBe('en');
  });
});

describe('stored preferences', () => {
  it('read as none when storage is blocked', async () => {
    const { readPreference } = await import('@/lib/safe-storage');
    const blocked = vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(readPreference('vpc-status-codes.lang')).toBeNull();
    blocked.mockRestore();
  });
});
