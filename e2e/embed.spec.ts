import { mkdirSync } from 'node:fs';
import { expect, NOT_FOUND_STATUS, test } from './fixtures';
import { EmbedHostPage } from './pages/embed-host-page';

const fits = async (host: EmbedHostPage, frame: import('@playwright/test').Locator) => {
  const h = await host.heights(frame);
  return Math.abs(h.outer - h.content) <= 3 && h.scroll <= h.viewport + 1 ? 'fits' : JSON.stringify(h);
};

test('a portal on another origin gets both embeds, each sized to its content', async ({ page }) => {
  const host = new EmbedHostPage(page);
  await host.goto();
  await expect(host.tablesFrame).toHaveAttribute('title', 'VPC API状态码');
  await expect(host.cardFrame).toHaveAttribute('title', 'VPC API status code 404');
  await expect(host.tablesFrame).toHaveAttribute('loading', 'lazy');
  await expect(host.content(host.tablesFrame).getByRole('table', { name: '表 2 异常返回值' })).toBeVisible();
  await host.cardFrame.scrollIntoViewIfNeeded();
  await expect(host.content(host.cardFrame).getByRole('heading', { level: 1 })).toHaveText('404 Not Found');
  await expect.poll(() => fits(host, host.tablesFrame)).toBe('fits');
  await expect.poll(() => fits(host, host.cardFrame)).toBe('fits');
  const theme = await host.content(host.cardFrame).locator('html').getAttribute('data-theme');
  expect(theme).toBe('dark');

  mkdirSync('reports/screenshots', { recursive: true });
  // Viewport shots: full-page captures leave cross-origin frames blank in headless Chromium.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: 'reports/screenshots/embed-host-tables.png' });
  await host.cardFrame.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'reports/screenshots/embed-host-card.png' });
});

test('searching inside an embed changes its height and the iframe follows', async ({ page }) => {
  const host = new EmbedHostPage(page);
  await host.goto();
  await expect.poll(() => fits(host, host.tablesFrame)).toBe('fits');
  const before = (await host.heights(host.tablesFrame)).outer;
  await host.content(host.tablesFrame).getByRole('searchbox').fill('timeout');
  await expect.poll(async () => (await host.heights(host.tablesFrame)).outer).toBeLessThan(before - 200);
  await expect.poll(() => fits(host, host.tablesFrame)).toBe('fits');
  await host.content(host.tablesFrame).getByRole('searchbox').fill('');
  await expect.poll(async () => (await host.heights(host.tablesFrame)).outer).toBeGreaterThan(before - 3);
});

test('links inside an embed stay in the embed; the way out opens a new tab', async ({ page }) => {
  const host = new EmbedHostPage(page);
  await host.goto();
  const card = host.content(host.cardFrame);
  await host.cardFrame.scrollIntoViewIfNeeded();
  const related = card.getByRole('link', { name: '403 Forbidden' });
  await expect(related).toHaveAttribute('href', '/en/embed/codes/403?theme=dark');
  await related.click();
  await expect(card.getByRole('heading', { level: 1 })).toHaveText('403 Forbidden');
  await expect.poll(() => fits(host, host.cardFrame)).toBe('fits');
  const full = card.getByRole('link', { name: /Open in the full reference/ });
  await expect(full).toHaveAttribute('target', '_blank');
  await expect(full).toHaveAttribute('rel', 'noopener');
  await expect(full).toHaveAttribute('href', '/en/codes/403');
});

test('a forged height message from the host page itself changes nothing', async ({ page }) => {
  const host = new EmbedHostPage(page);
  await host.goto();
  await expect.poll(() => fits(host, host.tablesFrame)).toBe('fits');
  const before = (await host.heights(host.tablesFrame)).outer;
  await page.evaluate(() => {
    window.postMessage({ type: 'vpc-status-codes:height', height: 7 }, '*');
    window.postMessage('garbage', '*');
    window.postMessage({ type: 'vpc-status-codes:height', height: 'NaN' }, '*');
  });
  await page.waitForTimeout(300);
  expect((await host.heights(host.tablesFrame)).outer).toBe(before);
  expect((await host.heights(host.cardFrame)).outer).toBeGreaterThan(100);
});

test('a height message from one of its frames, navigated to another origin, changes nothing', async ({ page }) => {
  const host = new EmbedHostPage(page);
  await host.goto();
  await expect.poll(() => fits(host, host.tablesFrame)).toBe('fits');
  const before = (await host.heights(host.tablesFrame)).outer;
  // The frame's window stays the one the loader made, so only the origin check can refuse it.
  await host.tablesFrame.evaluate((frame: HTMLIFrameElement) => {
    frame.src = `${window.location.origin}/forged.html`;
  });
  await expect(host.content(host.tablesFrame).getByText(/pretending to be an embed/)).toBeVisible();
  await page.waitForTimeout(300);
  expect(await host.tablesFrame.evaluate((el) => el.getBoundingClientRect().height)).toBe(before);
});

test.describe('embed views directly', () => {
  test.use({ allowConsole: [NOT_FOUND_STATUS] });

  test('honour ?q=, ?class= and ?theme=, and carry no site header', async ({ page }) => {
    await page.goto('/en/embed?q=gateway&class=5xx&theme=light');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect(page.getByRole('searchbox')).toHaveValue('gateway');
    await expect
      .poll(() => page.locator('table tbody th').allTextContents())
      .toEqual(['502 Bad Gateway', '504 Gateway Timeout']);
    await expect(page.locator('.site-header')).toHaveCount(0);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  });

  test('an unknown code gets a compact not-found card', async ({ page }) => {
    await page.goto('/en/embed/codes/999');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.getByText('999 is not a documented status code.')).toBeVisible();
    await expect(page.getByRole('link', { name: '504 Gateway Timeout' })).toHaveAttribute(
      'href',
      '/en/embed/codes/504',
    );
    await expect(page.locator('.site-header')).toHaveCount(0);
  });
});

test.describe('embed views without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('are prerendered and their links work', async ({ page }) => {
    await page.goto('/zh/embed');
    await expect(page.getByRole('table', { name: '表 1 正常返回值' })).toBeVisible();
    await page.getByRole('link', { name: /^201/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('201 Created');
    await expect(page).toHaveURL(/\/zh\/embed\/codes\/201\/?$/);
  });
});

test('the Embed page documents the snippet and shows a live preview', async ({ page }) => {
  await page.goto('/en/embedding');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Embed the reference in your portal');
  await expect(page.locator('pre code').first()).toContainText('<script src="http://localhost:4174/embed.js" async>');
  await expect(page.getByRole('rowheader', { name: 'data-theme' })).toBeVisible();
  const preview = page.locator('.embed-preview iframe');
  await expect(preview).toHaveCount(2);
  await expect(preview.first().contentFrame().getByRole('heading', { level: 1 })).toHaveText('404 Not Found');
  await page.goto('/zh/embedding');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('在您的门户中嵌入本参考');
});
