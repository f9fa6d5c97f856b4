import type { Locator, Page } from '@playwright/test';

/** The error-code catalogue, /{lang}/errors/. */
export class ErrorCataloguePage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly search: Locator;
  readonly count: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.table = page.locator('#error-table');
    this.search = page.getByRole('searchbox');
    this.count = page.getByRole('search').getByRole('status');
  }

  async goto(lang: string, query = '') {
    await this.page.goto(`/${lang}/errors/${query}`);
  }

  filter(name: RegExp | string) {
    return this.page.getByRole('combobox', { name });
  }

  sortBy(name: RegExp | string) {
    return this.table.getByRole('button', { name });
  }

  /** The codes listed, in display order. */
  codes(): Promise<string[]> {
    return this.table.locator('tbody th').allTextContents();
  }
}
