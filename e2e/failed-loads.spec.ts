import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, NOT_FOUND_STATUS, test } from './fixtures';
import { CodePage } from './pages/code-page';
import { IndexPage } from './pages/index-page';

/*
 * A client-side navigation whose chunk or data fails must never blank the page: after a deploy (the
 * old chunks are gone) the next page loads in full, since every page exists as HTML; offline the
 * current page stays and says the other could not be opened; a render error shows a message.
 */

/** The address the current document was loaded from: a client-side navigation does not change it. */
const documentUrl = (page: Page) =>
  page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).name);

const OFFLINE = /ERR_INTERNET_DISCONNECTED/;

test.describe('after a redeploy', () => {
  test.use({ allowConsole: [NOT_FOUND_STATUS] });

  test('a link whose chunks are gone loads its page in full', async ({ page }) => {
    const index = new IndexPage(page);
    await index.goto('en');
    await page.route('**/assets/**', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await index.codeLink(/^409 Conflict/).click();
    await expect(page).toHaveURL(/\/en\/codes\/409$/);
    await expect(new CodePage(page).heading).toHaveText('409 Conflict');
    await expect(page.getByText('The request could not be completed because of a conflict.')).toBeVisible();
    expect(await documentUrl(page)).toMatch(/\/en\/codes\/409$/);
  });
});

test.describe('offline', () => {
  test.use({ allowConsole: [OFFLINE] });

  test('a link keeps the current page and says the other could not be opened', async ({ page, context }) => {
    const index = new IndexPage(page);
    await index.goto('en');
    await context.setOffline(true);
    await index.codeLink(/^409 Conflict/).click();
    const notice = page.getByRole('alert');
    await expect(notice).toContainText('Could not open that page: you seem to be offline.');
    await expect(page).toHaveURL(/\/en\/$/);
    await expect(index.heading).toHaveText('VPC API status codes');
    await expect(index.codeLink(/^409 Conflict/)).toBeVisible();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const axe = await new AxeBuilder({ page }).include('.nav-notice').analyze();
      expect(axe.violations.map((v) => `${colorScheme}: ${v.id}`)).toEqual([]);
    }
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toHaveCount(0);

    // Back online, the same link opens its page, still without reloading this one.
    await context.setOffline(false);
    await index.codeLink(/^409 Conflict/).click();
    await expect(new CodePage(page).heading).toHaveText('409 Conflict');
    await expect(page).toHaveURL(/\/en\/codes\/409$/);
    expect(await documentUrl(page)).toMatch(/\/en\/$/);
  });

  test('the notice speaks the page’s language', async ({ page, context }) => {
    const index = new IndexPage(page);
    await index.goto('zh');
    await context.setOffline(true);
    await index.switchTo('English').click();
    await expect(page.getByRole('alert')).toContainText('无法打开该页面：网络似乎已断开。');
    await expect(page.getByRole('alert').getByRole('button', { name: '关闭' })).toBeVisible();
    await expect(page).toHaveURL(/\/zh\/$/);
    await expect(index.heading).toHaveText('VPC API状态码');
  });
});

test.describe('a page that fails to render', () => {
  test.use({ allowConsole: [/broken on purpose/] });

  test('shows a message and a way to reload it, inside the site', async ({ page }) => {
    await page.route('**/assets/code-route-*.js', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: 'export function CodeRoute() { throw new Error("broken on purpose"); }',
      }),
    );
    const index = new IndexPage(page);
    await index.goto('en');
    await index.codeLink(/^409 Conflict/).click();
    await expect(page).toHaveURL(/\/en\/codes\/409$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page could not be shown');
    const reload = page.getByRole('link', { name: 'Reload the page' });
    await expect(reload).toHaveAttribute('href', /\/en\/codes\/409$/);
    await expect(page.getByRole('link', { name: 'See all status codes' })).toHaveAttribute('href', '/en/');
    await expect(page.locator('.site-header')).toBeVisible();
    await expect(page.locator('body')).not.toContainText('broken on purpose');

    // The next page that renders clears the message.
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Error codes' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('VPC API error codes');
  });
});
