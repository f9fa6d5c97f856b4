import { mkdirSync } from 'node:fs';
import { expect, NOT_FOUND_STATUS, test } from './fixtures';
import { onePagePerKind, walkTimeout } from './lib/site-pages';
import { IndexPage } from './pages/index-page';
import { SiteSearch } from './pages/site-search';

/* One page of every kind that has the site's layout (not the embed views), in both languages. */
const PAGES = onePagePerKind()
  .map(({ path }) => path)
  .filter((path) => !path.includes('/embed/') && !/\/embed$/.test(path));
const SHOTS = 'reports/screenshots';

test.describe('every kind of page', () => {
  // The set includes the not-found pages, which answer 404 on purpose.
  test.use({ allowConsole: [NOT_FOUND_STATUS] });
  for (const width of [1280, 360]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`pages fit ${String(width)} px in the ${colorScheme} theme without sideways scrolling`, async ({ page }) => {
        test.setTimeout(walkTimeout(PAGES.length));
        mkdirSync(SHOTS, { recursive: true });
        await page.emulateMedia({ colorScheme });
        await page.setViewportSize({ width, height: 900 });
        for (const path of PAGES) {
          await page.goto(path);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow, `${path} overflows by ${String(overflow)} px`).toBeLessThanOrEqual(0);
          const name = `${path.replaceAll('/', '_').replace(/^_|_$/g, '')}-${String(width)}-${colorScheme}.png`;
          await page.screenshot({ path: `${SHOTS}/${name}`, fullPage: true });
        }
      });
    }
  }
});

test.describe('the documentation layout', () => {
  test('at 1280 px a sidebar lists every code by class and the error areas, marking the page shown', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/en/codes/409');
    const sidebar = page.getByRole('complementary', { name: 'All codes and pages' });
    await expect(sidebar).toBeVisible();
    await expect(sidebar.getByRole('link', { name: '409 Conflict' })).toHaveAttribute('aria-current', 'page');
    await expect(sidebar.getByRole('heading', { name: '5xx server error' })).toBeVisible();
    await expect(sidebar.getByRole('link', { name: 'Quota' })).toHaveAttribute('href', '/en/errors/?area=quota');
    await expect(page.getByRole('navigation', { name: 'On this page' })).toBeVisible();
    await expect(page.locator('.site-menu summary')).toBeHidden();
    // The content sits beside the sidebar, not below it.
    const side = (await sidebar.boundingBox())!;
    const main = (await page.getByRole('main').boundingBox())!;
    expect(main.x).toBeGreaterThanOrEqual(side.x + side.width);
    expect(main.y).toBeLessThan(side.y + 100);
    await sidebar.getByRole('link', { name: 'Quota' }).click();
    await expect(page).toHaveURL(/\/en\/errors\/\?area=quota$/);
    await expect(sidebar.getByRole('link', { name: 'Quota' })).toHaveAttribute('aria-current', 'page');
  });

  test('at 360 px the sidebar folds into the header menu, which opens and closes on following a link', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('/zh/codes/404');
    await expect(page.getByRole('complementary', { name: '全部状态码与页面' })).toBeHidden();
    const menu = page.locator('.site-menu');
    await expect(menu.locator('summary')).toBeVisible();
    const header = (await page.getByRole('banner').boundingBox())!;
    expect(header.height, 'the header is one row').toBeLessThan(70);
    await menu.locator('summary').click();
    await menu.getByRole('link', { name: '409 Conflict' }).click();
    await expect(page).toHaveURL(/\/zh\/codes\/409$/);
    await expect(menu).not.toHaveAttribute('open');
  });
});

test.describe('on a touch phone', () => {
  test.use({ viewport: { width: 360, height: 800 }, hasTouch: true, isMobile: true });

  test('keyboard hints are not shown, and the search box still describes its keys to screen readers', async ({
    page,
  }) => {
    await page.goto('/en/');
    const index = new IndexPage(page);
    const search = new SiteSearch(page);
    await expect(search.button).toBeVisible();
    await expect(search.buttonKey).toBeHidden();
    await expect(index.keyHint).toBeHidden();
    await expect(index.search).toHaveAccessibleDescription(/Press \/ to search/);
  });
});
