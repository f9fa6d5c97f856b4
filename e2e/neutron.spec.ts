import { expect, test } from './fixtures';
import { CodePage } from './pages/code-page';
import { ErrorCodePage } from './pages/error-code-page';
import { NeutronPage } from './pages/neutron-page';

test('the list leads to a type, whose related VPC code and status pages link on', async ({ page }) => {
  const neutron = new NeutronPage(page);
  await neutron.gotoList('en');
  await expect(neutron.heading).toHaveText('Neutron-compatible API errors');
  const row = neutron.row('SubnetInUse');
  await expect(row).toContainText('409');
  await expect(row).toContainText('Subnet still in use');
  await row.getByRole('link', { name: 'SubnetInUse' }).click();
  await expect(page).toHaveURL(/\/en\/neutron\/SubnetInUse$/);
  await expect(neutron.heading).toHaveText('SubnetInUse Subnet still in use');
  await expect(neutron.section('Message template')).toContainText(
    'Unable to complete operation on subnet %(subnet_id)s: %(reason)s.',
  );
  await expect(neutron.section('Source').getByRole('link')).toHaveAttribute(
    'href',
    /^https:\/\/github\.com\/openstack\/neutron-lib\/blob\/[0-9a-f]{40}\/neutron_lib\/exceptions\/__init__\.py$/,
  );
  await neutron
    .section('VPC error codes for the same condition')
    .getByRole('link', { name: /^VPC\.0208 / })
    .click();
  await expect(page).toHaveURL(/\/en\/errors\/VPC\.0208$/);
  await expect(new ErrorCodePage(page).heading).toContainText('VPC.0208');
  await page.goBack();
  await page.getByRole('link', { name: '409 Conflict' }).first().click();
  const status = new CodePage(page);
  await expect(status.heading).toHaveText('409 Conflict');
  await status.section('Neutron error types with this status').getByRole('link', { name: 'SubnetInUse' }).click();
  await expect(page).toHaveURL(/\/en\/neutron\/SubnetInUse$/);
  await neutron.backToList.click();
  await expect(page).toHaveURL(/\/en\/neutron\/$/);
});

test('both pages in Chinese, with the language switch keeping the type', async ({ page }) => {
  const neutron = new NeutronPage(page);
  await neutron.gotoType('en', 'OverQuota');
  await neutron.switchTo('中文').click();
  await expect(page).toHaveURL(/\/zh\/neutron\/OverQuota$/);
  await expect(neutron.heading).toHaveText('OverQuota 超出配额');
  await expect(neutron.section('消息模板')).toContainText('Quota exceeded for resources: %(overs)s.');
  await neutron
    .section('表示同一情况的VPC错误码')
    .getByRole('link', { name: /^VPC\.0114 / })
    .click();
  await expect(page).toHaveURL(/\/zh\/errors\/VPC\.0114$/);
  await neutron.gotoList('zh');
  await expect(neutron.heading).toHaveText('Neutron兼容API错误');
  await expect(neutron.row('OverQuota')).toContainText('超出配额');
});

test('the error catalogue, the sidebar and the sources page lead to the list', async ({ page }) => {
  await page.goto('/en/errors/');
  await page
    .getByRole('main')
    .getByRole('link', { name: /^Errors of the Neutron-compatible API/ })
    .click();
  await expect(page).toHaveURL(/\/en\/neutron\/$/);
  await page.setViewportSize({ width: 1280, height: 800 });
  const sidebar = page.getByRole('complementary', { name: 'All codes and pages' });
  await expect(sidebar.getByRole('link', { name: 'Neutron errors' })).toHaveAttribute('aria-current', 'page');
  await page.goto('/zh/about');
  await expect(page.getByRole('heading', { name: 'Neutron错误类型' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('openstack/neutron-lib');
});

test('every type page is prerendered in both languages, with its own head, and listed in the sitemap', async ({
  request,
}) => {
  const html = await (await request.get('/en/neutron/SubnetInUse')).text();
  expect(html).toMatch(/<title>SubnetInUse Subnet still in use — Neutron-compatible API errors<\/title>/);
  expect(html).toContain('<link rel="canonical" href="http://localhost:4173/en/neutron/SubnetInUse" />');
  expect(html).toContain('hreflang="zh-CN" href="http://localhost:4173/zh/neutron/SubnetInUse"');
  expect(html).toContain('Unable to complete operation on subnet %(subnet_id)s: %(reason)s.');
  const zh = await (await request.get('/zh/neutron/')).text();
  expect(zh).toContain('<title>Neutron兼容API错误</title>');
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain('<loc>http://localhost:4173/zh/neutron/PolicyNotAuthorized</loc>');
  expect(sitemap).toContain('<loc>http://localhost:4173/en/neutron/</loc>');
});
