import type { Locator, Page } from '@playwright/test';

export class NotFoundPage {
  readonly headings: Locator;

  constructor(readonly page: Page) {
    this.headings = page.getByRole('heading', { name: /Page not found|页面不存在/ });
  }

  async goto(path: string) {
    return this.page.goto(path);
  }

  indexLink(name: RegExp) {
    return this.page.getByRole('main').getByRole('link', { name });
  }
}
