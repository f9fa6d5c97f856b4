import { expect, test } from './fixtures';
import { CodePage } from './pages/code-page';
import { ErrorCataloguePage } from './pages/error-catalogue-page';

/* Small things a reader notices: where they are, where a link takes them, what a control does. */

test('"On this page" marks the section being read as the reader scrolls', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 800 });
  const code = new CodePage(page);
  await code.goto('en', 401);
  const toc = code.onThisPage();
  await expect(toc.getByRole('link', { name: 'Description', exact: true })).toHaveAttribute('aria-current', 'location');
  await page.locator('#action-heading').scrollIntoViewIfNeeded();
  await page.evaluate(() =>
    window.scrollBy(0, document.getElementById('action-heading')!.getBoundingClientRect().top - 20),
  );
  await expect(toc.getByRole('link', { name: 'What to do' })).toHaveAttribute('aria-current', 'location');
  await expect(toc.locator('[aria-current]')).toHaveCount(1);
});

test('the language switch keeps the #anchor, so the reader stays at the same place', async ({ page }) => {
  const code = new CodePage(page);
  await code.goto('en', 401, '#action-heading');
  await expect(code.switchTo('中文')).toHaveAttribute('href', '/zh/codes/401#action-heading');
});

test('the phone menu closes on Escape and gives focus back to its button', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const code = new CodePage(page);
  await code.goto('en', 404);
  const menu = code.menu();
  await menu.locator('summary').click();
  await expect(menu).toHaveAttribute('open', '');
  await page.keyboard.press('Escape');
  await expect(menu).not.toHaveAttribute('open');
  await expect(menu.locator('summary')).toBeFocused();
});

test('the header marks "Status codes" as the current page on the index only', async ({ page }) => {
  const code = new CodePage(page);
  await code.goto('en', 404);
  await expect(code.headerLink('Status codes')).not.toHaveAttribute('aria-current');
  await page.goto('/en/');
  await expect(code.headerLink('Status codes')).toHaveAttribute('aria-current', 'page');
});

test('error codes named in guidance link to their pages', async ({ page }) => {
  const code = new CodePage(page);
  await code.goto('en', 401);
  const links = code.section('What it means for this API').getByRole('link', { name: 'VPC.0008' });
  await expect(links).not.toHaveCount(0);
  const link = links.first();
  await expect(link).toHaveAttribute('href', '/en/errors/VPC.0008');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the catalogue offers no sort buttons that would do nothing', async ({ page }) => {
    const catalogue = new ErrorCataloguePage(page);
    await catalogue.goto('en');
    await expect(catalogue.table.getByRole('columnheader', { name: /HTTP status/ })).toBeVisible();
    await expect(catalogue.table.getByRole('button')).toHaveCount(0);
  });
});

test('with JavaScript the catalogue sorts from its column headings', async ({ page }) => {
  const catalogue = new ErrorCataloguePage(page);
  await catalogue.goto('en');
  await expect(catalogue.sortBy(/HTTP status/)).toBeVisible();
});
