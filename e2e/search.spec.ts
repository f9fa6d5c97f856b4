import { expect, test } from './fixtures';
import { IndexPage } from './pages/index-page';
import { SiteSearch } from './pages/site-search';

/* Codes a query must list; `only` when it must list nothing else (codes name themselves alone). */
const CASES: { query: string; codes: number[]; only?: boolean }[] = [
  { query: '404', codes: [404], only: true },
  { query: '40', codes: [400, 401, 403, 404, 405, 406, 407, 408, 409], only: true },
  { query: '5XX', codes: [500, 501, 502, 503, 504], only: true },
  { query: 'conflict', codes: [409] },
  { query: 'not found', codes: [404] },
  { query: 'NOT FOUND', codes: [404] },
  { query: '代理', codes: [407] },
  { query: '冲突', codes: [409] },
  { query: '４０４', codes: [404], only: true },
  { query: 'forbiden', codes: [403] },
  { query: 'unauthorised', codes: [401] },
  { query: 'timout', codes: [408, 504] },
  { query: 'gateway', codes: [502, 504] },
  { query: '超时', codes: [408, 504] },
];

for (const lang of ['zh', 'en'] as const) {
  test(`typing filters both tables in the ${lang} UI, whatever the query's language`, async ({ page }) => {
    const index = new IndexPage(page);
    await index.goto(lang);
    for (const { query, codes, only } of CASES) {
      await index.search.fill(query);
      await expect
        .poll(() => index.visibleCodes(), `codes for "${query}"`)
        .toEqual(only ? codes : expect.arrayContaining(codes));
      expect(new URL(page.url()).searchParams.get('q')).toBe(query);
    }
    await index.search.fill('timeout');
    await expect.poll(() => index.visibleCodes()).toEqual(expect.arrayContaining([408, 504]));
    await expect(index.marks().first()).toBeVisible();
  });
}

test('the count is shown and announced, and a filter combines with the query', async ({ page }) => {
  const index = new IndexPage(page);
  await index.goto('en');
  await expect(index.count).toHaveText('Showing 17 of 17 codes.');
  await index.search.fill('timeout');
  await expect(index.count).toHaveText('Showing 2 of 17 codes.');
  await index.classFilter('5xx').check();
  await expect.poll(() => index.visibleCodes()).toEqual([504]);
  await expect(page).toHaveURL(/\/en\/\?q=timeout&class=5xx$/);
  await expect(page.locator('#table-success')).toHaveCount(0);
});

test('a query in the URL is restored on load and kept across a language switch', async ({ page }) => {
  const index = new IndexPage(page);
  await index.goto('en', '?q=timeout&class=5xx');
  await expect(index.search).toHaveValue('timeout');
  await expect(index.classFilter('5xx')).toBeChecked();
  await expect.poll(() => index.visibleCodes()).toEqual([504]);
  await index.switchTo('中文').click();
  await expect(page).toHaveURL(/\/zh\/\?q=timeout&class=5xx$/);
  await expect(index.search).toHaveValue('timeout');
  await expect.poll(() => index.visibleCodes()).toEqual([504]);
  await page.reload();
  await expect.poll(() => index.visibleCodes()).toEqual([504]);
});

test('typing does not add history entries', async ({ page }) => {
  const index = new IndexPage(page);
  await index.goto('en');
  const before = await page.evaluate(() => history.length);
  await index.search.pressSequentially('gateway');
  await expect(page).toHaveURL(/q=gateway/);
  expect(await page.evaluate(() => history.length)).toBe(before);
});

test('keyboard: "/" opens the site search, not the filter; in the filter Escape clears, Enter opens a single match', async ({
  page,
}) => {
  const index = new IndexPage(page);
  await index.goto('en');
  await page.locator('body').press('/');
  const siteSearch = new SiteSearch(page);
  await expect(siteSearch.input).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(siteSearch.dialog).toBeHidden();
  await index.search.focus();
  await page.keyboard.type('407');
  await expect.poll(() => index.visibleCodes()).toEqual([407]);
  await page.keyboard.press('Escape');
  await expect(index.search).toHaveValue('');
  await expect.poll(() => index.visibleCodes()).toHaveLength(17);
  await page.keyboard.type('timeout');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/\?q=timeout$/); // two matches: Enter stays
  await index.search.fill('forbiden');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/codes\/403$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('403 Forbidden');
});

test('no match: a clear message, the nearest codes and a button that clears the search', async ({ page }) => {
  const index = new IndexPage(page);
  await index.goto('zh', '?q=418');
  await expect(page.getByText('没有与“418”匹配的状态码。')).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: '409 Conflict' })).toBeVisible();
  await page.getByRole('button', { name: '清空搜索' }).click();
  await expect(index.search).toHaveValue('');
  await expect.poll(() => index.visibleCodes()).toHaveLength(17);
  await expect(page).toHaveURL(/\/zh\/$/);
});

test('hostile and broken input gets a calm answer', async ({ page }) => {
  const index = new IndexPage(page);
  await index.goto('en', '?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
  await expect(page.getByText('No codes match “<script>alert(1)</script>”.')).toBeVisible();
  await index.goto('en', '?q=%E0%A4%A&class=9xx');
  await expect(index.classFilter('All')).toBeChecked();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await index.search.fill('x'.repeat(2000));
  await expect(page.getByText(/^No codes match “x{60}…”\.$/)).toBeVisible();
});
