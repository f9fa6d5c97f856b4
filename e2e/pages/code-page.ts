import type { Locator, Page } from '@playwright/test';

export class CodePage {
  readonly heading: Locator;
  readonly backToTable: Locator;
  readonly pager: Locator;
  readonly languageSwitch: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.backToTable = page.getByRole('navigation', { name: /Breadcrumb|导航路径/ }).getByRole('link');
    this.pager = page.getByRole('navigation', { name: /Previous and next codes|上一个和下一个状态码/ });
    this.languageSwitch = page.getByRole('navigation', { name: '语言 / Language' });
  }

  async goto(lang: string, code: number | string, query = '') {
    await this.page.goto(`/${lang}/codes/${String(code)}${query}`);
  }

  section(name: string | RegExp) {
    return this.page.getByRole('region', { name });
  }

  switchTo(language: '中文' | 'English') {
    return this.languageSwitch.getByRole('link', { name: language });
  }
}
