import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ErrorCataloguePage } from './pages/error-catalogue-page';
import { IndexPage } from './pages/index-page';
import { pasteInto, SiteSearch } from './pages/site-search';

/*
 * What a Terraform run prints for a VPC it could not create: the client's line, then the response
 * body (the documented code with its documented message), on two lines as copied from a terminal.
 */
const TERRAFORM_PASTE = [
  'Error: Error creating VPC: Expected HTTP response code [200] when accessing [POST https://vpc.example.com/v1/vpcs], but got 409 instead',
  `{"code": "VPC.0114", "message": "Quota exceeded for resources: ['router']."}`,
].join('\n');

/** A status line above the body of a subnet that could not be deleted: the code documented with 500, answered 409. */
const STATUS_DIFFERS_PASTE = [
  'HTTP/1.1 409 Conflict',
  '{"error_code": "VPC.0209", "error_msg": "The subnet is being used by an ECS or a load balancer."}',
].join('\n');

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

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
  await search.option('About 409 Conflict').click();
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

test('"/" on an index opens the site search; a paste there is answered and its link followed', async ({ page }) => {
  const index = new IndexPage(page);
  await index.goto('en');
  const search = new SiteSearch(page);
  await page.locator('body').press('/');
  await expect(search.dialog).toBeVisible();
  await expect(index.search, 'the table filter is left alone').not.toBeFocused();
  await pasteInto(search.input, TERRAFORM_PASTE);
  await expect(search.input, 'line breaks become spaces in a box').toHaveValue(TERRAFORM_PASTE.replace('\n', ' '));
  await expect(search.count).toHaveText('Recognised a pasted error');
  const card = search.cards.first();
  await expect(card).toContainText('This is VPC.0114, 409 Conflict: VPC quota exceeded');
  await expect(card).toHaveAttribute('href', '/en/errors/VPC.0114');
  await expect(search.option('About 409 Conflict')).toHaveAttribute('href', '/en/codes/409');
  await expect(search.input).toHaveAttribute('aria-activedescendant', (await card.getAttribute('id'))!);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/errors\/VPC\.0114$/);
  await expect(search.dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('VPC.0114');
});

test('from an error-code page: a paste whose status differs says both, and its status link is followed', async ({
  page,
}) => {
  await page.goto('/en/errors/VPC.0114');
  const search = new SiteSearch(page);
  await page.keyboard.press('ControlOrMeta+K');
  await expect(search.input).toBeFocused();
  await pasteInto(search.input, STATUS_DIFFERS_PASTE);
  const card = search.cards.first();
  await expect(card).toContainText('This is VPC.0209, 409 Conflict');
  await expect(card).toContainText(
    'The response says 409 Conflict, where the reference documents VPC.0209 with 500 Internal Server Error',
  );
  await page.keyboard.press('ArrowDown');
  await expect(search.option('About 409 Conflict')).toHaveAttribute('aria-selected', 'true');
  await search.option('About 409 Conflict').click();
  await expect(page).toHaveURL(/\/en\/codes\/409$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('409 Conflict');
});

test('every result is a link: middle-click and Ctrl+click open a tab, the search stays', async ({ page, context }) => {
  await page.goto('/zh/codes/404');
  const search = new SiteSearch(page);
  await search.button.click();
  await search.input.fill('token expired');
  const first = search.options.first();
  await expect(first).toHaveAttribute('href', '/zh/errors/VPC.0008');
  const clicks: Parameters<typeof first.click>[0][] = [{ button: 'middle' }, { modifiers: ['ControlOrMeta'] }];
  for (const click of clicks) {
    const opened = context.waitForEvent('page');
    await first.click(click);
    const tab = await opened;
    await tab.waitForLoadState();
    expect(tab.url()).toMatch(/\/zh\/errors\/VPC\.0008$/);
    await tab.close();
    await expect(page).toHaveURL(/\/zh\/codes\/404$/);
    await expect(search.dialog).toBeVisible();
  }
  // Every option is a link to a page of the site, the cards' included (read once the paste's answer is shown,
  // not the previous query's results).
  await search.input.fill(STATUS_DIFFERS_PASTE);
  await expect(search.cards.first()).toBeVisible();
  for (const href of await search.options.evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
    expect(href).toMatch(/^\/zh\/(?:errors\/VPC\.\d{4}|codes\/\d{3}|gateway\/APIGW\.\d{4}|neutron\/[A-Za-z]+)$/);
  }
});

test('after a paste, one Escape closes the search, as the hint says', async ({ page }) => {
  await page.goto('/en/errors/');
  const search = new SiteSearch(page);
  await search.button.click();
  await expect(search.dialog).toContainText('Escape closes');
  await pasteInto(search.input, TERRAFORM_PASTE);
  await expect(search.cards.first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(search.dialog).toBeHidden();
  await expect(page).toHaveURL(/\/en\/errors\/$/);
});

test('a long paste that names nothing known never ends in "0 results": it says so and searches its telling words', async ({
  page,
}) => {
  await page.goto('/en/');
  const search = new SiteSearch(page);
  await search.button.click();
  await pasteInto(search.input, 'Something went wrong while waiting:\nthe gateway timeout was reached for this call');
  await expect(search.count).toHaveText(/^No exact match\. Results for the telling words of the text: /);
  await expect(search.options.first()).toBeVisible();
  await expect(search.dialog.getByText(/Nothing matches/)).toHaveCount(0);
});

test('an index filter answers a pasted error with the site search’s cards, and hands it over', async ({ page }) => {
  const index = new IndexPage(page);
  await index.goto('en');
  await pasteInto(index.search, TERRAFORM_PASTE);
  await expect(index.count).toHaveText('Recognised an error: the answer is below.');
  await expect(page.getByText(/of 17 codes/)).toHaveCount(0);
  const answer = page.getByRole('region', { name: 'The error you entered' });
  await expect(answer.getByRole('link', { name: /This is VPC\.0114, 409 Conflict/ })).toHaveAttribute(
    'href',
    '/en/errors/VPC.0114',
  );
  await answer.getByRole('button', { name: 'Open in the site search' }).click();
  const search = new SiteSearch(page);
  await expect(search.input).toHaveValue(TERRAFORM_PASTE.replace('\n', ' '));
  await expect(search.cards.first()).toContainText('This is VPC.0114');
  await page.keyboard.press('Escape');
  await expect(search.dialog).toBeHidden();
  // A code of the other catalogue, typed on its own, is answered too; a status code still just filters.
  await index.search.fill('VPC.0114');
  await expect(answer.getByRole('link', { name: /This is VPC\.0114/ })).toBeVisible();
  await index.search.fill('404');
  await expect.poll(() => index.visibleCodes()).toEqual([404]);
  await expect(answer).toHaveCount(0);
});

test('the error catalogue’s filter answers a pasted log line and follows its link', async ({ page }) => {
  const catalogue = new ErrorCataloguePage(page);
  await catalogue.goto('zh');
  await pasteInto(catalogue.search, STATUS_DIFFERS_PASTE);
  const answer = page.getByRole('region', { name: '您输入的错误' });
  const card = answer.getByRole('link', { name: /这是VPC\.0209，409 Conflict/ });
  await expect(card).toContainText('响应的状态码是409 Conflict，而文档记载VPC.0209的状态码为500 Internal Server Error');
  await expect(catalogue.count).toContainText('已识别出错误，答案见下方。');
  await card.click();
  await expect(page).toHaveURL(/\/zh\/errors\/VPC\.0209$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('VPC.0209');
});

/** Holds the app's entry script until `release` is called: the page is painted, the app not started. */
async function holdTheApp(page: Page) {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let requested = () => {};
  const asked = new Promise<void>((resolve) => (requested = resolve));
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    requested();
    await held;
    await route.continue();
  });
  return { asked, release };
}

test('a "/" pressed while the app is starting is kept: the search opens once it can', async ({ page }) => {
  const app = await holdTheApp(page);
  const loading = page.goto('/en/');
  await app.asked;
  await page.locator('body').press('/');
  await expect(page.locator('html')).not.toHaveAttribute('data-app', 'ready');
  app.release();
  await loading;
  const search = new SiteSearch(page);
  await expect(search.dialog).toBeVisible();
  await expect(search.input).toBeFocused();
  await expect(new IndexPage(page).search).toHaveValue('');
  await page.keyboard.type('409');
  await expect(search.options.first()).toContainText('409');
});

test.describe('when the search cannot load', () => {
  test.use({ allowConsole: [/ERR_INTERNET_DISCONNECTED|ERR_FAILED|status of 404|dynamically imported module/] });

  test('offline, the page stays, the dialog says so, and it works once back online', async ({ page, context }) => {
    await page.goto('/en/codes/409');
    const search = new SiteSearch(page);
    await context.setOffline(true);
    await page.keyboard.press('/');
    await expect(search.failure).toContainText(
      'The search could not be loaded. Check your connection, then try again.',
    );
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('409 Conflict');
    await expect(search.dialog.getByRole('link', { name: 'Reload the page' })).toHaveAttribute(
      'href',
      /\/en\/codes\/409$/,
    );
    await search.dialog.getByRole('button', { name: 'Try again' }).click();
    await expect(search.failure).toBeVisible();
    await context.setOffline(false);
    await search.dialog.getByRole('button', { name: 'Try again' }).click();
    await expect(search.input).toBeFocused();
    await page.keyboard.type('conflict');
    await expect(search.option(/^Status code 409 Conflict/)).toBeVisible();
  });

  test('after a redeploy removed its chunk, the page stays and offers a reload', async ({ page }) => {
    await page.goto('/zh/');
    await page.route(/\/assets\/search-dialog-[\w-]+\.js$/, (route) => route.abort());
    const search = new SiteSearch(page);
    await search.button.click();
    await expect(search.failure).toContainText('无法加载搜索。请检查网络连接，然后重试。');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('VPC API状态码');
    await expect(page.getByText('无法显示此页面')).toHaveCount(0);
    await search.dialog.getByRole('button', { name: '关闭' }).click();
    await expect(search.dialog).toBeHidden();
    await expect(new IndexPage(page).successTable).toBeVisible();
  });
});

test('the dialog with a paste card, and an index filter’s answer, pass the accessibility checks in both themes', async ({
  page,
}) => {
  await page.goto('/en/');
  const search = new SiteSearch(page);
  await search.button.click();
  await pasteInto(search.input, STATUS_DIFFERS_PASTE);
  await expect(search.cards.first()).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const axe = await new AxeBuilder({ page }).include('.search-dialog').analyze();
    expect(axe.violations.map((v) => `${colorScheme}: ${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  }
  await page.keyboard.press('Escape');
  await pasteInto(new IndexPage(page).search, STATUS_DIFFERS_PASTE);
  await expect(page.locator('.paste-answer')).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const axe = await new AxeBuilder({ page }).include('.paste-answer').analyze();
    expect(axe.violations.map((v) => `${colorScheme}: ${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  }
});
