import type { Locator, Page } from '@playwright/test';

/** One API gateway code's page, /{lang}/gateway/{code}. */
export class GatewayCodePage {
  readonly heading: Locator;
  readonly messages: Locator;
  readonly backToList: Locator;
  readonly languageSwitch: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.messages = page.getByRole('table', { name: /is documented with|在文档中对应/ });
    this.backToList = page.getByRole('navigation', { name: /Breadcrumb|导航路径/ }).getByRole('link');
    this.languageSwitch = page.getByRole('navigation', { name: '语言 / Language' });
  }

  async goto(lang: string, code: string) {
    await this.page.goto(`/${lang}/gateway/${code}`);
  }

  section(name: string | RegExp) {
    return this.page.getByRole('region', { name });
  }

  switchTo(language: '中文' | 'English') {
    return this.languageSwitch.getByRole('link', { name: language });
  }
}
