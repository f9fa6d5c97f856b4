import { Ajv2020 } from 'ajv/dist/2020.js';
import { errorCodesSchema } from '../src/features/error-codes/data/error-codes.schema';
import { expect, NOT_FOUND_STATUS, test } from './fixtures';
import { CodePage } from './pages/code-page';
import { ErrorCataloguePage } from './pages/error-catalogue-page';
import { ErrorCodePage } from './pages/error-code-page';

test('the catalogue filters by status and area, sorts, and keeps it all in the URL', async ({ page }) => {
  const catalogue = new ErrorCataloguePage(page);
  await catalogue.goto('en');
  await expect(catalogue.heading).toHaveText('VPC API error codes');
  await expect(catalogue.count).toHaveText('Showing 97 of 97 error codes.');
  await catalogue.filter('HTTP status').selectOption('409');
  await catalogue.filter('Area').selectOption('quota');
  await expect(page).toHaveURL(/\/en\/errors\/\?status=409&area=quota$/);
  await expect.poll(() => catalogue.codes()).toEqual(['VPC.0114', 'VPC.0521', 'VPC.0604', 'VPC.9905']);
  await catalogue.filter('Area').selectOption('');
  await catalogue.sortBy(/Error code/).click(); // already ascending: now descending
  await expect.poll(async () => (await catalogue.codes())[0]).toBe('VPC.9914');
  await page.reload();
  await expect(catalogue.filter('HTTP status')).toHaveValue('409');
  await expect.poll(async () => (await catalogue.codes())[0]).toBe('VPC.9914');
  await catalogue.search.fill('vpc0114');
  await expect.poll(() => catalogue.codes()).toEqual(['VPC.0114']);
});

test('a code page in both languages, linked both ways with its status pages', async ({ page }) => {
  const code = new ErrorCodePage(page);
  await code.goto('en', 'VPC.0114');
  await expect(code.heading).toContainText('VPC.0114');
  await expect(code.occurrences.getByRole('row', { name: /Creating a VPC/ })).toContainText(
    "Quota exceeded for resources: ['router'].",
  );
  await expect(code.section('Example response body')).toContainText('"code": "VPC.0114"');
  await page.getByRole('link', { name: '409 Conflict' }).first().click();
  const status = new CodePage(page);
  await expect(status.heading).toHaveText('409 Conflict');
  const listed = status.section('VPC error codes documented for this status');
  await expect(listed.getByRole('link', { name: /^VPC\.0114 / })).toBeVisible();
  await status.switchTo('中文').click();
  await expect(page).toHaveURL(/\/zh\/codes\/409$/);
  await status
    .section('该状态码对应的VPC错误码')
    .getByRole('link', { name: /^VPC\.0114 / })
    .click();
  await expect(page).toHaveURL(/\/zh\/errors\/VPC\.0114$/);
  await expect(code.occurrences.getByRole('row', { name: /创建VPC/ })).toBeVisible();
  await code.backToCatalogue.click();
  await expect(page).toHaveURL(/\/zh\/errors\/#error-VPC-0114$/);
  await expect(page.locator('#error-VPC-0114')).toBeInViewport();
});

test('every code page is prerendered in both languages, with its own head', async ({ request }) => {
  const html = await (await request.get('/en/errors/VPC.0208')).text();
  expect(html).toMatch(/<title>VPC\.0208 [^<]+ — VPC API error codes<\/title>/);
  expect(html).toContain('<link rel="canonical" href="http://localhost:4173/en/errors/VPC.0208" />');
  expect(html).toContain('hreflang="zh-CN" href="http://localhost:4173/zh/errors/VPC.0208"');
  expect(html).toContain('Subnet is used by private IP, can not be deleted.');
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain('<loc>http://localhost:4173/zh/errors/VPC.9916</loc>');
  expect(sitemap).toContain('<loc>http://localhost:4173/en/about</loc>');
});

test.describe('codes that are not spelled as documented', () => {
  test.use({ allowConsole: [NOT_FOUND_STATUS] });

  test('a lowercase code reaches its page, under its own address', async ({ page }) => {
    await page.goto('/en/errors/vpc.0114');
    await expect(page).toHaveURL(/\/en\/errors\/VPC\.0114$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('VPC.0114');
  });

  test('an unknown code gets a not-found page with the nearest documented codes', async ({ page }) => {
    const response = await page.goto('/en/errors/VPC.9999');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.getByText('VPC.9999 is not one of the error codes the VPC API documents.')).toBeVisible();
    await expect(page.getByRole('link', { name: /^VPC\.9916 / })).toHaveAttribute('href', '/en/errors/VPC.9916');
  });
});

test('the sources page names each upstream page with its revision, and the footer leads to it', async ({ page }) => {
  await page.goto('/en/errors/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Sources and licences' }).click();
  await expect(page).toHaveURL(/\/en\/about$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sources and licences');
  await expect(page.getByText(/Revision 19e480dbe04c of 2026-04-16/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Apache License 2.0' })).toBeVisible();
  await expect(page.getByRole('contentinfo')).toContainText('Data as of 2026-04-16');
});

test('/error-codes.json is valid against its published schema', async ({ request }) => {
  const data = await (await request.get('/error-codes.json')).json();
  const schema = await (await request.get('/error-codes.schema.json')).json();
  expect(schema).toEqual(JSON.parse(JSON.stringify(errorCodesSchema)));
  const validate = new Ajv2020({ allErrors: true }).compile(schema);
  expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  expect(data.codes).toHaveLength(97);
  expect(data.$schema).toBe('http://localhost:4173/error-codes.schema.json');
});

test('an error code as an embed card keeps its links in the embed', async ({ page }) => {
  await page.goto('/en/embed/errors/VPC.0114?theme=dark');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('VPC.0114');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('link', { name: /^VPC\.0521 / })).toHaveAttribute(
    'href',
    '/en/embed/errors/VPC.0521?theme=dark',
  );
  await expect(page.getByRole('link', { name: /Open in the full reference/ })).toHaveAttribute(
    'href',
    '/en/errors/VPC.0114',
  );
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the catalogue lists every code and offers no filters that could not work', async ({ page }) => {
    await page.goto('/zh/errors/');
    await expect(page.locator('#error-table tbody tr')).toHaveCount(97);
    await expect(page.getByRole('searchbox')).toBeHidden();
    await page.getByRole('link', { name: 'VPC.0114' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('VPC.0114');
  });
});
