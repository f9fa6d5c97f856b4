import type { Locator, Page } from '@playwright/test';

/** One error code's page, /{lang}/errors/{code}. */
export class ErrorCodePage {
  readonly heading: Locator;
  readonly occurrences: Locator;
  readonly backToCatalogue: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.occurrences = page.getByRole('table', { name: /Operations that return|返回.*的操作/ });
    this.backToCatalogue = page.getByRole('navigation', { name: /Breadcrumb|导航路径/ }).getByRole('link');
  }

  async goto(lang: string, code: string) {
    await this.page.goto(`/${lang}/errors/${code}`);
  }

  section(name: string | RegExp) {
    return this.page.getByRole('region', { name });
  }
}
