import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every test fails on any console error or warning (hydration mismatches are reported there)
 * and on uncaught exceptions. A test that expects a message (e.g. the 404 status of a not-found
 * page) lists it in `allowConsole`.
 */
export const test = base.extend<{ allowConsole: RegExp[]; page: Page }>({
  allowConsole: [[], { option: true }],
  page: async ({ page, allowConsole }, use) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() !== 'error' && message.type() !== 'warning') return;
      const text = message.text();
      if (!allowConsole.some((pattern) => pattern.test(text))) problems.push(`${message.type()}: ${text}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('dialog', (dialog) => {
      problems.push(`unexpected dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await use(page);
    expect(problems, 'console errors, warnings or uncaught exceptions').toEqual([]);
  },
});

/** The browser's own message for a document answered with 404, which a not-found page is. */
export const NOT_FOUND_STATUS = /status of 404/;

export { expect };
