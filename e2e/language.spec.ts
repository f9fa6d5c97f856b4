import { expect, test } from './fixtures';
import { CodePage } from './pages/code-page';
import { IndexPage } from './pages/index-page';

test('switching language on the index keeps the query string and updates lang and title', async ({ page }) => {
  const index = new IndexPage(page);
  await index.goto('zh', '?x=1');
  await expect(index.switchTo('中文')).toHaveAttribute('aria-current', 'page');
  await index.switchTo('English').click();
  await expect(page).toHaveURL(/\/en\/\?x=1$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle('VPC API status codes');
  await expect(index.caption(index.successTable)).toHaveText(/^Table 1/);
  await index.switchTo('中文').click();
  await expect(page).toHaveURL(/\/zh\/\?x=1$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(index.caption(index.successTable)).toHaveText('表 1 正常返回值');
});

test('switching language on a detail page stays on the same code', async ({ page }) => {
  const detail = new CodePage(page);
  await detail.goto('zh', 409, '?x');
  await detail.switchTo('English').click();
  await expect(page).toHaveURL(/\/en\/codes\/409\?x$/);
  await expect(page).toHaveTitle(/^409 Conflict — VPC API status codes$/);
  await expect(detail.section('What it means for this API')).toBeVisible();
  await detail.switchTo('中文').click();
  await expect(page).toHaveURL(/\/zh\/codes\/409\?x$/);
  await expect(detail.section('在本API中的含义')).toBeVisible();
});

test.describe('the root page picks a language', () => {
  test.describe('for a Chinese browser', () => {
    test.use({ locale: 'zh-CN' });
    test('shows the Chinese index in place', async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL(/\/$/);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      await expect(new IndexPage(page).heading).toHaveText('VPC API状态码');
    });

    test('remembers a visitor who chose English', async ({ page }) => {
      await page.goto('/zh/');
      await new IndexPage(page).switchTo('English').click();
      await expect(page).toHaveURL(/\/en\/$/);
      await page.goto('/');
      await expect(page).toHaveURL(/\/en\/$/);
    });
  });

  test.describe('for an English browser', () => {
    test.use({ locale: 'en-US' });
    test('goes to /en/', async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL(/\/en\/$/);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    });

    test('stays in Chinese for a visitor who chose Chinese', async ({ page }) => {
      await page.goto('/en/');
      await new IndexPage(page).switchTo('中文').click();
      await expect(page).toHaveURL(/\/zh\/$/);
      await page.goto('/');
      await expect(page).toHaveURL(/\/$/);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    });
  });

  test.describe('with storage blocked', () => {
    test.use({ locale: 'zh-CN' });
    test('the switch still works and nothing breaks', async ({ page }) => {
      await page.addInitScript(() => {
        const blocked = () => {
          throw new DOMException('blocked', 'SecurityError');
        };
        Object.defineProperty(window, 'localStorage', { get: blocked });
      });
      await page.goto('/');
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      const index = new IndexPage(page);
      await index.switchTo('English').click();
      await expect(page).toHaveURL(/\/en\/$/);
      await expect(index.heading).toHaveText('VPC API status codes');
    });
  });
});
