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
