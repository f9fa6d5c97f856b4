import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { CodePage } from './pages/code-page';

/* A printed page: its content alone, black on white even from a dark screen, link targets written out. */

const afterContent = (link: Locator) => link.evaluate((a) => getComputedStyle(a, '::after').content);
const colours = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const style = getComputedStyle(el);
      return `${style.color} on ${style.backgroundColor}`;
    });

for (const lang of ['en', 'zh'] as const) {
  test(`/${lang}/codes/409 prints its content alone, black on white, from a dark screen`, async ({ page }) => {
    const detail = new CodePage(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await detail.goto(lang, 409);
    await expect(page.getByRole('button', { name: /Copy link|复制链接/ })).toBeVisible();
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });

    for (const chrome of [page.locator('.site-header'), detail.languageSwitch, detail.pager, detail.backToTable])
      await expect(chrome).toBeHidden();
    await expect(page.getByRole('button', { name: /Copy link|复制链接/ })).toBeHidden();
    await expect(detail.heading).toBeVisible();

    expect(await colours(page, 'body')).toBe('rgb(0, 0, 0) on rgb(255, 255, 255)');
    expect(await detail.heading.evaluate((h) => getComputedStyle(h).color)).toBe('rgb(0, 0, 0)');
    const contrast = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
    expect(contrast.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);

    // Links write out where they go: other sites as they are, this site as a full address.
    const rfc = page.getByRole('link', { name: /RFC 9110/ });
    expect(await afterContent(rfc)).toContain('https://www.rfc-editor.org/rfc/rfc9110#status.409');
    const related = page
      .getByRole('region', { name: /Related codes|相关状态码/ })
      .getByRole('link')
      .first();
    const href = (await related.getAttribute('href'))!;
    expect(await afterContent(related)).toContain(new URL(href, page.url()).href);

    if (lang === 'en') {
      mkdirSync('reports/screenshots', { recursive: true });
      await page.screenshot({ path: 'reports/screenshots/print-en-codes-409.png', fullPage: true });
    }
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a printed page still writes out its links, as paths', async ({ page }) => {
    await page.emulateMedia({ media: 'print' });
    await page.goto('/en/codes/409');
    const related = page.getByRole('region', { name: 'Related codes' }).getByRole('link').first();
    const href = (await related.getAttribute('href'))!;
    expect(await afterContent(related)).toContain(href);
    await expect(page.locator('.site-header')).toBeHidden();
  });
});
