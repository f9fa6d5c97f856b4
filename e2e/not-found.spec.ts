import { expect, NOT_FOUND_STATUS, test } from './fixtures';
import { NotFoundPage } from './pages/not-found-page';

test.use({ allowConsole: [NOT_FOUND_STATUS] });

test('an unknown code answers 404 in the URL language, with the nearest codes', async ({ page }) => {
  const notFound = new NotFoundPage(page);
  const response = await notFound.goto('/en/codes/999');
  expect(response?.status()).toBe(404);
  await expect(notFound.headings).toHaveText(['Page not found']);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByText('999 is not one of the status codes the VPC API documents.')).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: '504 Gateway Timeout' })).toHaveAttribute(
    'href',
    '/en/codes/504',
  );
  await notFound.indexLink(/See all status codes/).click();
  await expect(page).toHaveURL(/\/en\/$/);
});

test('a near-miss code suggests its neighbours', async ({ page }) => {
  const notFound = new NotFoundPage(page);
  await notFound.goto('/zh/codes/402');
  await expect(notFound.headings).toHaveText(['页面不存在']);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('main').getByRole('link', { name: '401 Unauthorized' })).toHaveAttribute(
    'href',
    '/zh/codes/401',
  );
  await expect(page.getByRole('main').getByRole('link', { name: '403 Forbidden' })).toBeVisible();
});

test('a non-numeric code and an unknown page get the page in their language', async ({ page }) => {
  const notFound = new NotFoundPage(page);
  await notFound.goto('/en/codes/abc');
  await expect(notFound.headings).toHaveText(['Page not found']);
  await expect(page.getByText('There is no page at /en/codes/abc.')).toBeVisible();

  await notFound.goto('/zh/nope');
  await expect(notFound.headings).toHaveText(['页面不存在']);
  await expect(notFound.indexLink(/查看全部状态码/)).toHaveAttribute('href', '/zh/');
});

test('an unknown language gets the page in both languages', async ({ page }) => {
  const notFound = new NotFoundPage(page);
  const response = await notFound.goto('/fr/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 2, name: /Page not found|页面不存在/ })).toHaveCount(2);
  await expect(notFound.indexLink(/See all status codes/)).toHaveAttribute('href', '/en/');
  await expect(notFound.indexLink(/查看全部状态码/)).toHaveAttribute('href', '/zh/');
});

test('hostile paths are shown as text', async ({ page }) => {
  const notFound = new NotFoundPage(page);
  await notFound.goto('/en/%3Cscript%3Ealert(1)%3C%2Fscript%3E');
  await expect(page.getByText('There is no page at /en/<script>alert(1)</script>.')).toBeVisible();
  await notFound.goto('/en/%E0%A4%A');
  await expect(notFound.headings).toHaveText(['Page not found']);
});

test('unprintable characters in a path are shown escaped', async ({ page }) => {
  const notFound = new NotFoundPage(page);
  await notFound.goto('/en/codes/%00');
  await expect(notFound.headings).toHaveText(['Page not found']);
  await expect(page.getByText('There is no page at /en/codes/\\u0000.')).toBeVisible();
  await notFound.goto('/en/a%E2%80%8Bb%07');
  await expect(page.getByText('There is no page at /en/a\\u200bb\\u0007.')).toBeVisible();
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript (404.html as it is)', () => {
    test.use({ javaScriptEnabled });

    test('a page without a language speaks both: every block marked with its language, links into both', async ({
      page,
    }) => {
      const notFound = new NotFoundPage(page);
      for (const path of ['/fr/', '/nope/deeper']) {
        const response = await notFound.goto(path);
        expect(response?.status()).toBe(404);
        await expect(page.locator('html')).toHaveAttribute('lang', 'en');
        expect(await notFound.misMarked(), `language marking on ${path}`).toEqual([]);
        const nav = await notFound.navLinks().evaluateAll((links) => links.map((a) => a.getAttribute('href')));
        expect(nav, 'the header links into both languages').toEqual(
          expect.arrayContaining(['/en/', '/en/errors/', '/zh/', '/zh/errors/']),
        );
        await expect(page.getByRole('contentinfo').getByRole('link')).toHaveText([
          'Sources and licences',
          '数据来源与许可',
        ]);
      }
    });
  });
}
