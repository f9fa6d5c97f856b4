import type { Locator, Page } from '@playwright/test';

/** The API gateway's codes, /{lang}/gateway/. */
export class GatewayListPage {
  readonly heading: Locator;
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.table = page.getByRole('table', { name: /API gateway error codes|API网关错误码/ });
  }

  async goto(lang: string) {
    await this.page.goto(`/${lang}/gateway/`);
  }

  /** The link of one code in the table. */
  codeLink(code: string) {
    return this.table.getByRole('link', { name: code, exact: true });
  }

  async codes(): Promise<string[]> {
    return this.table.locator('tbody th').allTextContents();
  }
}
