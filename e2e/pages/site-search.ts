import type { Locator, Page } from '@playwright/test';

/** The site search dialog, opened from the header on any page. */
export class SiteSearch {
  readonly button: Locator;
  readonly dialog: Locator;
  readonly input: Locator;
  readonly options: Locator;
  readonly count: Locator;
  /** The "/" on the header's button. */
  readonly buttonKey: Locator;

  constructor(readonly page: Page) {
    this.button = page.getByRole('banner').getByRole('button', { name: /Search codes|搜索/ });
    this.dialog = page.getByRole('dialog');
    this.input = this.dialog.getByRole('combobox');
    this.options = this.dialog.getByRole('option');
    this.count = this.dialog.getByRole('status');
    this.buttonKey = this.button.locator('kbd');
  }

  /** The result titles, in order. */
  async titles(): Promise<string[]> {
    return this.options.locator('.search-result__title').allTextContents();
  }
}
