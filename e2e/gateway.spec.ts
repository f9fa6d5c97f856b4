import { expect, NOT_FOUND_STATUS, test } from './fixtures';
import { CodePage } from './pages/code-page';
import { GatewayCodePage } from './pages/gateway-code-page';
import { GatewayListPage } from './pages/gateway-list-page';
import { SiteSearch } from './pages/site-search';

test('the list in both languages leads to each code page, and back', async ({ page }) => {
  const list = new GatewayListPage(page);
  await list.goto('en');
  await expect(list.heading).toHaveText('API gateway error codes');
  await expect.poll(async () => (await list.codes()).length).toBeGreaterThan(20);
  await expect(list.table.getByRole('row', { name: /APIGW\.0308/ })).toContainText('429');
  await list.codeLink('APIGW.0308').click();
  const code = new GatewayCodePage(page);
  await expect(page).toHaveURL(/\/en\/gateway\/APIGW\.0308$/);
  await expect(code.heading).toHaveText('APIGW.0308 Request rate limit reached');
  await expect(page).toHaveTitle(/^APIGW\.0308 .*— API gateway error codes$/);
  await expect(code.messages).toContainText('The throttling threshold has been reached.');
  await expect(code.section('Retrying')).toContainText('exponential backoff');
  await code.backToList.click();
  await expect(page).toHaveURL(/\/en\/gateway\/$/);

  await list.goto('zh');
  await expect(list.heading).toHaveText('API网关错误码');
  await list.codeLink('APIGW.0101').click();
  await expect(code.heading).toHaveText(/^APIGW\.0101 此地址没有对应的API$/);
  await expect(code.section('处理方法')).toBeVisible();
});

test('a code page links to its status page, which lists the gateway codes back, in both languages', async ({
  page,
}) => {
  const code = new GatewayCodePage(page);
  await code.goto('en', 'APIGW.0301');
  await expect(code.messages.getByRole('row', { name: /401/ })).toContainText(
    'Incorrect IAM authentication information.',
  );
  await code.messages.getByRole('link', { name: '401 Unauthorized' }).click();
  const status = new CodePage(page);
  await expect(page).toHaveURL(/\/en\/codes\/401$/);
  await expect(status.heading).toHaveText('401 Unauthorized');
  const listed = status.section('API gateway codes documented for this status');
  await expect(listed.getByRole('link', { name: /^APIGW\.0301 / })).toBeVisible();
  await status.switchTo('中文').click();
  await expect(page).toHaveURL(/\/zh\/codes\/401$/);
  await status
    .section('文档中对应此状态码的API网关错误码')
    .getByRole('link', { name: /^APIGW\.0301 / })
    .click();
  await expect(page).toHaveURL(/\/zh\/gateway\/APIGW\.0301$/);
  await expect(code.heading).toHaveText('APIGW.0301 IAM令牌无效');
});

test('the header and the sidebar lead to the list', async ({ page }) => {
  await page.goto('/en/errors/');
  await page.getByRole('banner').getByRole('link', { name: 'Gateway codes' }).click();
  await expect(page).toHaveURL(/\/en\/gateway\/$/);
  await expect(page.getByRole('banner').getByRole('link', { name: 'Gateway codes' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(page.getByRole('complementary').getByRole('link', { name: 'Gateway codes' })).toHaveAttribute(
    'aria-current',
    'page',
  );
});

test('every gateway page is prerendered with its own head and listed in the sitemap', async ({ request }) => {
  const html = await (await request.get('/en/gateway/APIGW.0308')).text();
  expect(html).toMatch(/<title>APIGW\.0308 Request rate limit reached — API gateway error codes<\/title>/);
  expect(html).toContain('<link rel="canonical" href="http://localhost:4173/en/gateway/APIGW.0308" />');
  expect(html).toContain('hreflang="zh-CN" href="http://localhost:4173/zh/gateway/APIGW.0308"');
  expect(html).toContain('The throttling threshold has been reached.');
  const list = await (await request.get('/zh/gateway/')).text();
  expect(list).toContain('<title>API网关错误码</title>');
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain('<loc>http://localhost:4173/zh/gateway/</loc>');
  expect(sitemap).toContain('<loc>http://localhost:4173/en/gateway/APIGW.0802</loc>');
  const about = await (await request.get('/en/about')).text();
  expect(about).toContain('opentelekomcloud-docs/api-gateway');
  const licence = await request.get('/licenses/gateway-codes-upstream.txt');
  expect(await licence.text()).toContain('Apache License');
});

test.describe('an unknown gateway code', () => {
  test.use({ allowConsole: [NOT_FOUND_STATUS] });

  test('falls to the not-found page', async ({ page }) => {
    const response = await page.goto('/en/gateway/nope');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  });
});

test('the site search finds gateway codes by code and by word, and opens their page', async ({ page }) => {
  await page.goto('/en/gateway/');
  const search = new SiteSearch(page);
  await search.button.click();
  await search.input.fill('APIGW.0308');
  await expect.poll(async () => (await search.titles())[0]).toBe('APIGW.0308 Request rate limit reached');
  await search.input.fill('throttl');
  await expect
    .poll(async () => (await search.titles()).some((t) => t.startsWith('APIGW.0308 ')), 'APIGW.0308 among the results')
    .toBe(true);
  await search.options.filter({ hasText: 'APIGW.0308' }).first().click();
  await expect(page).toHaveURL(/\/en\/gateway\/APIGW\.0308$/);
});

test('a pasted gateway error body leads to the gateway code’s page', async ({ page }) => {
  await page.goto('/en/');
  const search = new SiteSearch(page);
  await search.button.click();
  await search.input.fill(
    '{"error_code":"APIGW.0308","error_msg":"The throttling threshold has been reached: policy user over ratelimit,limit:5,time:1 second"}',
  );
  await expect(search.options.first()).toContainText('APIGW.0308');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/gateway\/APIGW\.0308$/);
});
