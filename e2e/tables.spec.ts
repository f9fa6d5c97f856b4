import { expect, test } from './fixtures';
import { IndexPage } from './pages/index-page';
import { HAS_SEED, seedTables } from './seed';

test.describe('index tables against the source document', () => {
  test.skip(!HAS_SEED, 'needs the source document in ../shared/seed/');
  test('the Chinese index shows both seed tables verbatim, in order', async ({ page }) => {
    const index = new IndexPage(page);
    await index.goto('zh');
    const [success, error] = seedTables();
    expect(success?.id).toBe('success');
    expect(error?.id).toBe('error');

    await expect(index.caption(index.successTable)).toHaveText(success!.caption);
    expect(await index.rows(index.successTable)).toEqual([
      success!.columns.map((c) => c.label),
      ...success!.rows.map((r) => [String(r.code), r.reasonPhrase, r.description]),
    ]);

    await expect(index.caption(index.errorTable)).toHaveText(error!.caption);
    expect(await index.rows(index.errorTable)).toEqual([
      error!.columns.map((c) => c.label),
      ...error!.rows.map((r) => [`${String(r.code)} ${r.reasonPhrase}`, r.description]),
    ]);
  });

  test('the English index has the same codes and phrases with English descriptions', async ({ page }) => {
    const index = new IndexPage(page);
    await index.goto('en');
    const [success, error] = seedTables();
    const successRows = (await index.rows(index.successTable)).slice(1);
    const errorRows = (await index.rows(index.errorTable)).slice(1);
    expect(successRows.map((r) => r.slice(0, 2))).toEqual(success!.rows.map((r) => [String(r.code), r.reasonPhrase]));
    expect(errorRows.map((r) => r[0])).toEqual(error!.rows.map((r) => `${String(r.code)} ${r.reasonPhrase}`));
    for (const row of [...successRows, ...errorRows]) {
      const description = row.at(-1) ?? '';
      expect(description, `English description of ${row[0] ?? '?'}`).toMatch(/^[\x20-\x7E’“”–—]+$/);
    }
    await expect(index.caption(index.successTable)).toHaveText(/^Table 1/);
  });

  test('statuses the source tables do not list are linked apart, below them, in both languages', async ({ page }) => {
    const index = new IndexPage(page);
    for (const [lang, heading, notListed] of [
      ['zh', '本API还会返回', '不在源页面的表格中'],
      ['en', 'Also returned by this API', 'Not in the tables of the source page'],
    ] as const) {
      await index.goto(lang);
      await expect(index.alsoReturned.getByRole('heading', { level: 2 })).toHaveText(heading);
      await expect(index.alsoReturned.getByRole('link')).toHaveText(['202 Accepted', '429 Too Many Requests']);
      expect(await index.visibleCodes(), 'the tables list neither').not.toEqual(expect.arrayContaining([202]));
      expect(await index.visibleCodes(), 'the tables list neither').not.toEqual(expect.arrayContaining([429]));
      await index.alsoReturned.getByRole('link', { name: '429 Too Many Requests' }).click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/codes/429$`));
      await expect(page.locator('.code-detail__meta')).toContainText(notListed);
    }
  });

  test('every code links to its page, and the page links back to its row', async ({ page }) => {
    const index = new IndexPage(page);
    await index.goto('en');
    await index.codeLink(/^409 Conflict/).click();
    await expect(page).toHaveURL(/\/en\/codes\/409$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('409 Conflict');
    await expect(page).toHaveTitle(/^409 Conflict/);
    await page.getByRole('link', { name: 'Back to the table' }).click();
    await expect(page).toHaveURL(/\/en\/#code-409$/);
    await expect(page.locator('#code-409')).toBeInViewport();
  });
});
