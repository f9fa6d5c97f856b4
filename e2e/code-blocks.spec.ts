import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/* Snippets on the Embed page and error-code pages: whole lines that scroll, colours, and a copy button. */

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
const scrolls = (pre: Locator) => pre.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));

test.describe('at 360 px', () => {
  test.use({ viewport: { width: 360, height: 800 } });

  for (const { path, block } of [
    { path: '/en/embedding', block: 'Embed snippet' },
    { path: '/zh/embedding', block: 'iframe代码' },
    { path: '/en/errors/VPC.0114', block: 'Example response body' },
  ]) {
    test(`${path}: long lines scroll inside the block, not the page`, async ({ page }) => {
      await page.goto(path);
      const pre = page.getByRole('group', { name: block }).locator('pre');
      const { scroll, client } = await scrolls(pre);
      expect(scroll, 'the block scrolls sideways').toBeGreaterThan(client);
      expect(await overflow(page), 'the page does not').toBeLessThanOrEqual(0);
      // Every line of the snippet is one line on screen.
      const lines = (await pre.textContent())!.split('\n').length;
      const { height, lineHeight, padding } = await pre.evaluate((el) => {
        const style = getComputedStyle(el);
        return {
          height: el.clientHeight,
          lineHeight: Number.parseFloat(style.lineHeight),
          padding: Number.parseFloat(style.paddingTop) + Number.parseFloat(style.paddingBottom),
        };
      });
      expect(Math.round((height - padding) / lineHeight)).toBe(lines);
    });
  }
});

test('the copy button copies the snippet and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/en/embedding');
  const block = page.getByRole('group', { name: 'Embed snippet' });
  await block.getByRole('button', { name: 'Copy Embed snippet' }).click();
  await expect(block.getByRole('status')).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await block.locator('pre').textContent());
  expect(copied).toMatch(
    /^<div data-vpc-status-codes [^\n]+\n<script src="http:\/\/localhost:\d+\/embed\.js" async><\/script>$/,
  );
});

test('JSON keys, strings and HTML tags are coloured apart from the text', async ({ page }) => {
  await page.goto('/zh/errors/VPC.0114');
  const json = page.locator('.code-block pre').first();
  await expect(json.locator('.tok-key')).toHaveText(['"code"', '"message"']);
  const colour = (selector: string) =>
    json
      .locator(selector)
      .first()
      .evaluate((el) => getComputedStyle(el).color);
  const plain = await json.evaluate((el) => getComputedStyle(el).color);
  expect(new Set([plain, await colour('.tok-key'), await colour('.tok-string')]).size).toBe(3);
  await page.goto('/en/embedding');
  await expect(page.locator('.code-block .tok-tag').first()).toHaveText('<div');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the snippets read whole and offer no copy button', async ({ page }) => {
    await page.goto('/en/embedding');
    await expect(page.locator('.code-block pre').first()).toContainText('data-vpc-status-codes');
    await expect(page.getByRole('button', { name: /^Copy/ })).toHaveCount(0);
    expect(await page.locator('.code-block__bar').first().boundingBox()).toBeNull();
  });
});
