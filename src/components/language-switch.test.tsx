import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LANG_PREFERENCE_KEY } from '@/lib/safe-storage';
import { renderWithProviders } from '@/test/render-with-providers';
import { LanguageSwitch } from './language-switch';

afterEach(() => {
  vi.restoreAllMocks();
  window.localStorage.clear();
});

describe('LanguageSwitch', () => {
  it('links to the same page and query in each language, marking the current one', () => {
    renderWithProviders(<LanguageSwitch current="zh" />, { lang: 'zh', path: '/zh/codes/409?x=1' });
    const nav = screen.getByRole('navigation', { name: '语言 / Language' });
    expect(nav).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/codes/409?x=1');
    expect(screen.getByRole('link', { name: '中文' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'English' })).not.toHaveAttribute('aria-current');
  });

  it('remembers the choice and navigates', async () => {
    const { location } = renderWithProviders(<LanguageSwitch current="zh" />, { lang: 'zh', path: '/zh/' });
    await userEvent.click(screen.getByRole('link', { name: 'English' }));
    expect(window.localStorage.getItem(LANG_PREFERENCE_KEY)).toBe('en');
    expect(location.history?.at(-1)).toBe('/en/');
  });

  it('still navigates when storage is blocked', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    const { location } = renderWithProviders(<LanguageSwitch current="en" />, { lang: 'en', path: '/en/codes/404' });
    await userEvent.click(screen.getByRole('link', { name: '中文' }));
    expect(location.history?.at(-1)).toBe('/zh/codes/404');
  });
});
