import hosting from './hosting-config.json' with { type: 'json' };
import { expect, NOT_FOUND_STATUS, test } from './fixtures';
import { CodePage } from './pages/code-page';
import { IndexPage } from './pages/index-page';
import { SiteSearch } from './pages/site-search';

const { base, siteUrl } = hosting.subpath;

/* Runs against the build made with BASE_PATH and SITE_URL, served under that prefix only. */
test('the index, its assets and a deep link work under the sub-path', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${String(r.status())} ${r.url()}`);
  });
  const index = new IndexPage(page);
  await page.goto('zh/');
  await expect(index.heading).toHaveText('VPC API状态码');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${siteUrl}zh/`);
  await index.codeLink(/^404 Not Found/).click();
  await expect(page).toHaveURL(`http://localhost:${String(hosting.ports.subpath)}${base}zh/codes/404`);
  const detail = new CodePage(page);
  await expect(detail.heading).toHaveText('404 Not Found');
  await detail.switchTo('English').click();
  await expect(page).toHaveURL(new RegExp(`${base}en/codes/404$`));
  await detail.backToTable.click();
  await expect(page).toHaveURL(new RegExp(`${base}en/#code-404$`));
  // The search loads its chunks from under the base.
  await index.search.fill('5xx');
  await expect.poll(() => index.visibleCodes()).toEqual([500, 501, 502, 503, 504]);
  expect(failed).toEqual([]);
});

test('the site search links every result, pasted errors included, under the sub-path', async ({ page }) => {
  await page.goto('en/codes/404');
  const search = new SiteSearch(page);
  await page.keyboard.press('/');
  await search.input.fill(
    '{"error_code": "VPC.0209", "error_msg": "The subnet is being used by an ECS or a load balancer."}',
  );
  await expect(search.options.first()).toHaveAttribute('href', `${base}en/errors/VPC.0209`);
  await expect(search.option('About 500 Internal Server Error')).toHaveAttribute('href', `${base}en/codes/500`);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${base}en/errors/VPC\\.0209$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('VPC.0209');
});

test('a deep link loads directly, and hydrates, under the sub-path', async ({ page }) => {
  await page.goto('en/codes/503');
  await expect(new CodePage(page).heading).toHaveText('503 Service Unavailable');
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', `${siteUrl}en/codes/503`);
});

test('an embed view leads out to the full page under the sub-path', async ({ page }) => {
  await page.goto('en/embed/codes/409');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('409 Conflict');
  await expect(page.getByRole('link', { name: /Open in the full reference/ })).toHaveAttribute(
    'href',
    `${base}en/codes/409`,
  );
  await expect(page.getByRole('link', { name: '400 Bad Request' })).toHaveAttribute(
    'href',
    `${base}en/embed/codes/400`,
  );
});

test('the root page redirects to English under the sub-path', async ({ browser }) => {
  const context = await browser.newContext({
    locale: 'en-US',
    baseURL: `http://localhost:${String(hosting.ports.subpath)}${base}`,
  });
  const page = await context.newPage();
  await page.goto('./');
  await expect(page).toHaveURL(new RegExp(`${base}en/$`));
  await context.close();
});

test('sitemap and JSON export use the public URL', async ({ request }) => {
  const sitemap = await (await request.get('sitemap.xml')).text();
  expect(sitemap).toContain(`<loc>${siteUrl}en/codes/404</loc>`);
  const data = await (await request.get('status-codes.json')).json();
  expect(data.$schema).toBe(`${siteUrl}status-codes.schema.json`);
});

test.describe('unknown paths under the sub-path', () => {
  test.use({ allowConsole: [NOT_FOUND_STATUS] });
  test('get the not-found page, styled and working', async ({ page }) => {
    const response = await page.goto('en/codes/999');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.getByRole('main').getByRole('link', { name: '504 Gateway Timeout' })).toHaveAttribute(
      'href',
      `${base}en/codes/504`,
    );
    const color = await page.locator('.site-header').evaluate((el) => getComputedStyle(el).borderBottomStyle);
    expect(color).toBe('solid');
  });
});
