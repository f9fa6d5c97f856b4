import type { Locator, Page } from '@playwright/test';

/** The site search dialog, opened from the header (or "/", Ctrl+K/⌘K) on any page. */
export class SiteSearch {
  readonly button: Locator;
  readonly dialog: Locator;
  readonly input: Locator;
  readonly options: Locator;
  /** The answers to a pasted error, at the top of the results. */
  readonly cards: Locator;
  readonly count: Locator;
  /** The "/" on the header's button. */
  readonly buttonKey: Locator;
  /** What the dialog says when it could not be loaded. */
  readonly failure: Locator;

  constructor(readonly page: Page) {
    this.button = page.getByRole('banner').getByRole('button', { name: /Search codes|搜索/ });
    this.dialog = page.getByRole('dialog');
    this.input = this.dialog.getByRole('combobox');
    this.options = this.dialog.getByRole('option');
    this.cards = this.options.filter({ has: page.locator('.search-result__kind--paste') });
    this.count = this.dialog.getByRole('status');
    this.buttonKey = this.button.locator('kbd');
    this.failure = this.dialog.getByRole('alert');
  }

  /** The result titles, in order. */
  async titles(): Promise<string[]> {
    return this.options.locator('.search-result__title').allTextContents();
  }

  option(name: string | RegExp) {
    return this.dialog.getByRole('option', { name });
  }
}

/**
 * Pastes `text` into `target` as a reader does: through the system clipboard and Ctrl+V (the test's
 * context must grant clipboard permissions). An <input> turns the text's line breaks into spaces.
 */
export async function pasteInto(target: Locator, text: string) {
  await target.page().evaluate((value) => navigator.clipboard.writeText(value), text);
  await target.focus();
  await target.press('ControlOrMeta+V');
}
