import type { Locator, Page } from '@playwright/test';

export class IndexPage {
  readonly heading: Locator;
  readonly successTable: Locator;
  readonly errorTable: Locator;
  readonly languageSwitch: Locator;
  readonly search: Locator;
  readonly count: Locator;
  readonly keyHint: Locator;
  /** The statuses this API returns beyond the source tables, listed apart below them. */
  readonly alsoReturned: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.successTable = page.locator('#table-success');
    this.errorTable = page.locator('#table-error');
    this.languageSwitch = page.getByRole('navigation', { name: '语言 / Language' });
    this.search = page.getByRole('searchbox');
    this.count = page.getByRole('search').getByRole('status');
    this.keyHint = page.locator('#search-hint');
    this.alsoReturned = page.locator('section', { has: page.locator('#also-returned-heading') });
  }

  classFilter(name: string) {
    return this.page.getByRole('radio', { name });
  }

  /** The codes listed in both tables, in display order. */
  async visibleCodes(): Promise<number[]> {
    const cells = await this.page.locator('table tbody th').allTextContents();
    return cells.map((text) => Number.parseInt(text, 10));
  }

  marks() {
    return this.page.locator('table mark');
  }

  async goto(lang: string, query = '') {
    await this.page.goto(`/${lang}/${query}`);
  }

  /** Cell texts of a table, row by row, header row first. */
  async rows(table: Locator): Promise<string[][]> {
    return table
      .locator('tr')
      .evaluateAll((rows) =>
        rows.map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => (cell.textContent ?? '').trim())),
      );
  }

  caption(table: Locator) {
    return table.locator('caption');
  }

  codeLink(name: string | RegExp) {
    return this.page.getByRole('main').getByRole('link', { name });
  }

  switchTo(language: '中文' | 'English') {
    return this.languageSwitch.getByRole('link', { name: language });
  }
}
