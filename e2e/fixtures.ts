import { test as base, expect, type Page } from '@playwright/test';

/**
 * The site starts its app after the first paint; tests that interact with a page wait for that,
 * as a reader's second click would. Pages of other origins (the embedding portal) are left alone.
 */
function waitForAppAfterNavigation(page: Page, javaScriptEnabled: boolean, baseURL: string | undefined) {
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  const settle = async () => {
    if (!javaScriptEnabled || !baseURL || new URL(page.url()).origin !== new URL(baseURL).origin) return;
    await page.waitForSelector('html[data-app="ready"]', { state: 'attached' });
  };
  page.goto = async (...args) => {
    const response = await goto(...args);
    await settle();
    return response;
  };
  page.reload = async (...args) => {
    const response = await reload(...args);
    await settle();
    return response;
  };
}

/**
 * Every test fails on any console error or warning (hydration mismatches are reported there)
 * and on uncaught exceptions. A test that expects a message (e.g. the 404 status of a not-found
 * page) lists it in `allowConsole`.
 */
export const test = base.extend<{ allowConsole: RegExp[]; page: Page }>({
  allowConsole: [[], { option: true }],
  page: async ({ page, allowConsole, javaScriptEnabled, baseURL }, use) => {
    waitForAppAfterNavigation(page, javaScriptEnabled, baseURL);
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
