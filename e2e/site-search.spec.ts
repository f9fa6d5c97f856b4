import { expect, test } from './fixtures';
import { SiteSearch } from './pages/site-search';

test('"/" opens the search on any page; results come as you type and open by keyboard', async ({ page }) => {
  await page.goto('/en/codes/409');
  const search = new SiteSearch(page);
  await page.keyboard.press('/');
  await expect(search.dialog).toBeVisible();
  await expect(search.input).toBeFocused();
  await page.keyboard.type('token expired');
  await expect(search.count).toHaveText(/\d+ results?/);
  await expect.poll(async () => (await search.titles())[0]).toMatch(/^VPC\.0008 /);
  await expect(search.options.first()).toHaveAttribute('aria-selected', 'true');
  await expect(search.input).toHaveAttribute(
    'aria-activedescendant',
    (await search.options.first().getAttribute('id'))!,
  );
  await page.keyboard.press('ArrowDown');
  await expect(search.options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/errors\/VPC\.0008$/);
  await expect(search.dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('VPC.0008');
});

test('Escape closes the search and gives focus back to the page', async ({ page }) => {
  await page.goto('/zh/errors/');
  const search = new SiteSearch(page);
  await search.button.click();
  await expect(search.input).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(search.dialog).toBeHidden();
  await expect(search.button).toBeFocused();
});

for (const { lang, query, found } of [
  { lang: 'zh', query: '超时', found: [/^408 /, /^504 /] },
  { lang: 'zh', query: '认证', found: [/^401 /] },
  { lang: 'zh', query: '子网', found: [/^VPC\.0201 /] },
  { lang: 'en', query: 'subnets', found: [/^VPC\.0201 /] },
  { lang: 'en', query: 'permission', found: [/^403 /] },
  { lang: 'en', query: 'vpc 0114', found: [/^VPC\.0114 /] },
]) {
  test(`${lang}: "${query}" finds what the site explains`, async ({ page }) => {
    await page.goto(`/${lang}/`);
    const search = new SiteSearch(page);
    await search.button.click();
    await search.input.fill(query);
    for (const pattern of found) {
      await expect
        .poll(async () => (await search.titles()).some((title) => pattern.test(title)), String(pattern))
        .toBe(true);
    }
  });
}

test('a pasted error body is answered at the top, with links to its code and status', async ({ page }) => {
  await page.goto('/en/');
  const search = new SiteSearch(page);
  await search.button.click();
  await search.input.fill('{"code": "VPC.0114", "message": "Quota exceeded for resources: [\'router\']."}');
  const card = search.options.first();
  await expect(card).toContainText('This is VPC.0114, 409 Conflict');
  await expect(search.count).toHaveText('Recognised a pasted error');
  await card.getByRole('link', { name: 'About 409 Conflict' }).click();
  await expect(page).toHaveURL(/\/en\/codes\/409$/);
});

test('a pasted batch response, a Neutron body and a status line, in Chinese', async ({ page }) => {
  await page.goto('/zh/');
  const search = new SiteSearch(page);
  await search.button.click();
  const batch = JSON.stringify({
    fail: [
      {
        id: 'port-1',
        error_code: 'VPC.0608',
        error_msg: JSON.stringify({
          NeutronError: { type: 'PortNotFound', message: 'Port port-1 could not be found.', detail: '' },
        }),
      },
    ],
  });
  await search.input.fill(batch);
  await expect(search.options.first()).toContainText('这是VPC.0608');
  await search.input.fill(
    '{"NeutronError": {"type": "SubnetInUse", "message": "Unable to complete operation on subnet", "detail": ""}}',
  );
  await expect(search.options.first()).toContainText('Neutron的SubnetInUse错误：409 Conflict');
  await search.input.fill('HTTP/1.1 503 Service Unavailable');
  await expect(search.options.first()).toContainText('HTTP 503 Service Unavailable');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/zh\/codes\/503$/);
});

test('a truncated or malformed paste still gets the best answer its text allows', async ({ page }) => {
  await page.goto('/en/');
  const search = new SiteSearch(page);
  await search.button.click();
  await search.input.fill('{"error_code": "VPC.0209", "error_msg": "The subnet is being us');
  await expect(search.options.first()).toContainText('This is VPC.0209');
  await search.input.fill('{{{{');
  await expect(search.dialog).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search is not offered, since it could not work', async ({ page }) => {
    await page.goto('/en/codes/404');
    await expect(new SiteSearch(page).button).toBeHidden();
  });
});
