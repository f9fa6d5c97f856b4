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

  /** The "On this page" list beside the content (from 1280 px). */
  onThisPage() {
    return this.page.getByRole('navigation', { name: /On this page|本页内容/ });
  }

  /** The header's link to a section of the site ("Status codes"). */
  headerLink(name: string) {
    return this.page
      .getByRole('banner')
      .getByRole('navigation', { name: /Site|网站/ })
      .getByRole('link', { name });
  }

  /** The phone menu's disclosure. */
  menu() {
    return this.page.locator('.site-menu');
  }

  switchTo(language: '中文' | 'English') {
    return this.languageSwitch.getByRole('link', { name: language });
  }
}
