import { expect, NOT_FOUND_STATUS, test } from './fixtures';
import { CodePage } from './pages/code-page';
import { IndexPage } from './pages/index-page';

test.use({ javaScriptEnabled: false, allowConsole: [NOT_FOUND_STATUS] });

test('without JavaScript the tables, links and detail pages work', async ({ page }) => {
  const index = new IndexPage(page);
  await index.goto('zh');
  await expect(index.caption(index.errorTable)).toHaveText('表 2 异常返回值');
  expect(await index.rows(index.errorTable)).toHaveLength(15);
  await index.codeLink(/^404 Not Found/).click();
  await expect(page).toHaveURL(/\/zh\/codes\/404\/?$/);
  const detail = new CodePage(page);
  await expect(detail.heading).toHaveText('404 Not Found');
  await expect(page.getByText('服务器无法找到被请求的页面。')).toBeVisible();
  await detail.switchTo('English').click();
  await expect(detail.heading).toHaveText('404 Not Found');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await detail.pager.getByRole('link', { name: /^Next/ }).click();
  await expect(detail.heading).toHaveText('405 Method Not Allowed');
});

test('without JavaScript the not-found page is readable in both languages', async ({ page }) => {
  await page.goto('/en/codes/999');
  await expect(page.getByRole('heading', { level: 2, name: /Page not found|页面不存在/ })).toHaveCount(2);
  await expect(page.getByRole('link', { name: 'See all status codes' })).toBeVisible();
});

test('without JavaScript the index offers no search form that could only reload the page', async ({ page }) => {
  const index = new IndexPage(page);
  await index.goto('en');
  await expect(page.getByRole('search')).toBeHidden();
  await expect(index.search).toBeHidden();
  // Text matching skips <noscript>, whatever the browser does with it: look for the element.
  await expect(page.locator('noscript p')).toHaveText('Search needs JavaScript; every code is listed below.');
  await expect(page.locator('noscript p')).toBeVisible();
  expect(await index.rows(index.errorTable)).toHaveLength(15);
});

test('without JavaScript the copy-link button takes no space', async ({ page }) => {
  await new CodePage(page).goto('en', 404);
  expect(await page.locator('.copy-link').boundingBox()).toBeNull();
});

test.describe('with JavaScript', () => {
  test.use({ javaScriptEnabled: true });

  test('the copy-link button appears in the space kept for it: nothing below moves', async ({ page }) => {
    // Where the content stood in the prerendered page, before the app started (it starts after the first paint).
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        const heading = document.getElementById('description-heading');
        (window as unknown as { before: number }).before = heading?.getBoundingClientRect().top ?? -1;
      });
    });
    await new CodePage(page).goto('en', 404);
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
    const before = await page.evaluate(() => (window as unknown as { before: number }).before);
    const after = await page.locator('#description-heading').evaluate((h) => h.getBoundingClientRect().top);
    expect(before).toBeGreaterThan(0);
    expect(after).toBe(before);
  });
});
