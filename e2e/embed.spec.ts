import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { pageOf } from '../src/app/route-table';
import { expect, NOT_FOUND_STATUS, test } from './fixtures';
import { onePagePerKind } from './lib/site-pages';
import { EmbedHostPage } from './pages/embed-host-page';
import { EmbeddingPage } from './pages/embedding-page';
import hosting from './hosting-config.json' with { type: 'json' };

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

test('the live preview comes back after leaving the Embed page and returning', async ({ page }) => {
  const embedding = new EmbeddingPage(page);
  await embedding.goto('en');
  await embedding.scrollToPreview();
  const preview = embedding.previewFrames;
  await expect(preview).toHaveCount(2);
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Status codes' }).click();
  await expect(page).toHaveURL(/\/en\/$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/en\/embedding$/);
  await expect(preview).toHaveCount(2);
  await expect(preview.first().contentFrame().getByRole('heading', { level: 1 })).toHaveText('404 Not Found');
});

test('the Embed page documents the snippet and shows a live preview', async ({ page }) => {
  const embedding = new EmbeddingPage(page);
  await embedding.goto('en');
  await expect(embedding.heading).toHaveText('Embed the reference in your portal');
  await expect(page.locator('pre code').first()).toContainText(
    `<script src="http://localhost:${String(hosting.ports.site)}/embed.js" async>`,
  );
  await expect(page.getByRole('rowheader', { name: 'data-theme' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'data-error' })).toBeVisible();
  await embedding.scrollToPreview();
  const preview = embedding.previewFrames;
  await expect(preview).toHaveCount(2);
  await expect(preview.first().contentFrame().getByRole('heading', { level: 1 })).toHaveText('404 Not Found');
  await embedding.goto('zh');
  await expect(embedding.heading).toHaveText('在您的门户中嵌入本参考');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });

  test('the live preview starts only when the reader scrolls near it', async ({ page }) => {
    const loader: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.endsWith('/embed.js')) loader.push(request.url());
    });
    const embedding = new EmbeddingPage(page);
    await embedding.goto('en');
    await page.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0);
    await page.waitForLoadState('networkidle');
    expect(loader, 'the loader, before the reader scrolls').toEqual([]);
    await expect(embedding.previewFrames).toHaveCount(0);
    await embedding.scrollToPreview();
    await expect(embedding.previewFrames).toHaveCount(2);
    await expect(embedding.previewFrames.first().contentFrame().getByRole('heading', { level: 1 })).toHaveText(
      '404 Not Found',
    );
  });
});

/**
 * One page of every embed kind and language, the not-found card included. Without scripts an unknown
 * path gets the host's one 404.html, the site's page: the card is the app's answer there.
 */
const EMBED_VIEWS = onePagePerKind().filter(({ kind }) => pageOf(kind).embed);
const viewsFor = (javaScriptEnabled: boolean) =>
  EMBED_VIEWS.filter(({ kind }) => javaScriptEnabled || pageOf(kind).prerender().length > 0).map(({ path }) => path);

/** Links on the page that neither stay in the embed views nor open a new tab with noopener. */
const linksLeavingTheFrame = (page: Page) =>
  page.locator('a[href]').evaluateAll((links) =>
    links.flatMap((link) => {
      const a = link as HTMLAnchorElement;
      const url = new URL(a.href);
      const inEmbed = url.origin === window.location.origin && /^\/(?:zh|en)\/embed(?:\/|$)/.test(url.pathname);
      const rel = a.rel.split(/\s+/);
      return inEmbed || (a.target === '_blank' && rel.includes('noopener')) ? [] : [a.getAttribute('href')];
    }),
  );

test.describe('in every kind of embed view', () => {
  test.use({ allowConsole: [NOT_FOUND_STATUS] });

  for (const javaScriptEnabled of [true, false]) {
    test.describe(javaScriptEnabled ? 'once the app runs' : 'as prerendered', () => {
      test.use({ javaScriptEnabled });
      test('a link stays in the embed or opens a new tab', async ({ page }) => {
        const views = viewsFor(javaScriptEnabled);
        const found: string[] = [];
        let checked = 0;
        for (const path of views) {
          await page.goto(path);
          // The code card's examples and the error card's occurrences fold away: their links count too.
          checked += await page.locator('a[href]').count();
          found.push(...(await linksLeavingTheFrame(page)).map((href) => `${path}: ${href ?? ''}`));
        }
        expect(views.length, 'three kinds in two languages, and the not-found card').toBeGreaterThanOrEqual(
          javaScriptEnabled ? 7 : 6,
        );
        expect(checked).toBeGreaterThan(40);
        expect(found).toEqual([]);
      });
    });
  }
});

test.describe('the loader follows the portal', () => {
  /** Sets (or, with null, removes) an attribute of an element of the host page. */
  const setAttribute = (page: Page, selector: string, name: string, value: string | null) =>
    page.evaluate(
      (change) => {
        const el = document.querySelector(change.selector)!;
        if (change.value === null) el.removeAttribute(change.name);
        else el.setAttribute(change.name, change.value);
      },
      { selector, name, value },
    );

  /** The portal with its card in view, showing the 404 card it starts with. */
  const openCard = async (page: Page) => {
    const host = new EmbedHostPage(page);
    await host.goto();
    await host.cardFrame.scrollIntoViewIfNeeded();
    const card = host.content(host.cardFrame);
    await expect(card.getByRole('heading', { level: 1 })).toHaveText('404 Not Found');
    return { host, card };
  };

  /** Leaves a mark in a frame's page: it survives a restyle, not a reload. */
  const mark = (host: EmbedHostPage) =>
    host
      .content(host.cardFrame)
      .locator('html')
      .evaluate(() => Object.assign(window, { survivor: true }));
  const marked = (host: EmbedHostPage) =>
    host
      .content(host.cardFrame)
      .locator('html')
      .evaluate(() => (window as unknown as { survivor?: boolean }).survivor === true);

  test('a changed data-theme restyles the frame without reloading it', async ({ page }) => {
    const { host, card } = await openCard(page);
    await expect.poll(() => fits(host, host.cardFrame)).toBe('fits');
    await expect(card.locator('html')).toHaveAttribute('data-theme', 'dark');
    const background = () => card.locator('body').evaluate((body) => getComputedStyle(body).backgroundColor);
    const dark = await background();
    const src = await host.cardFrame.getAttribute('src');
    await mark(host);

    await setAttribute(page, '#card', 'data-theme', 'light');
    await expect(card.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(await background()).not.toBe(dark);
    // Links inside the frame carry the new theme.
    await expect(card.getByRole('link', { name: '403 Forbidden' })).toHaveAttribute(
      'href',
      '/en/embed/codes/403?theme=light',
    );
    await setAttribute(page, '#card', 'data-theme', 'auto');
    await expect(card.locator('html')).not.toHaveAttribute('data-theme');
    await expect(card.getByRole('link', { name: '403 Forbidden' })).toHaveAttribute('href', '/en/embed/codes/403');
    expect(await marked(host), 'the frame was not reloaded').toBe(true);
    await expect(host.cardFrame).toHaveAttribute('src', src!);
  });

  test('a changed data-code, data-lang or data-error loads the new view', async ({ page }) => {
    const { host, card } = await openCard(page);

    await setAttribute(page, '#card', 'data-code', '409');
    await expect(card.getByRole('heading', { level: 1 })).toHaveText('409 Conflict');
    await expect(host.cardFrame).toHaveAttribute('title', 'VPC API status code 409');
    await setAttribute(page, '#card', 'data-lang', 'zh');
    await expect(card.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(host.cardFrame).toHaveAttribute('title', 'VPC API状态码409');
    await setAttribute(page, '#card', 'data-error', 'VPC.0114');
    await expect(card.getByRole('heading', { level: 1 })).toContainText('VPC.0114');
    await expect(host.cardFrame).toHaveAttribute('title', 'VPC API错误码VPC.0114');
    await expect(card.locator('html')).toHaveAttribute('data-theme', 'dark');
    // The new view sizes its frame once its app runs, which a busy machine can take a while to do.
    await expect.poll(() => fits(host, host.cardFrame), { timeout: 15_000 }).toBe('fits');
    await expect(page.locator('#card iframe')).toHaveCount(1);
  });

  test('a placeholder added later is mounted with no event, and a removed one takes its frame', async ({ page }) => {
    const host = new EmbedHostPage(page);
    await host.goto();
    await expect(host.tablesFrame).toHaveCount(1);
    await page.evaluate(() => {
      const later = document.createElement('div');
      later.id = 'later';
      later.setAttribute('data-vpc-status-codes', '');
      later.setAttribute('data-lang', 'en');
      later.setAttribute('data-error', 'vpc.0114');
      document.body.prepend(later);
    });
    const frame = page.locator('#later iframe');
    await expect(frame).toHaveAttribute('title', 'VPC API error code VPC.0114');
    await expect(frame.contentFrame().getByRole('heading', { level: 1 })).toContainText('VPC.0114');
    await expect.poll(() => fits(host, frame)).toBe('fits');

    await page.evaluate(() => document.getElementById('tables')!.remove());
    await expect(page.locator('iframe')).toHaveCount(2);
    await setAttribute(page, '#later', 'data-vpc-status-codes', null);
    await expect(frame).toHaveCount(0);
    await expect(page.locator('#later')).not.toHaveAttribute('data-vpc-status-codes-mounted');
    // What is left still works: the card still follows its placeholder.
    await setAttribute(page, '#card', 'data-code', '503');
    await expect(host.content(host.cardFrame).getByRole('heading', { level: 1 })).toHaveText('503 Service Unavailable');
  });

  test('a theme message from another frame on the portal changes nothing', async ({ page }) => {
    const { host, card } = await openCard(page);
    await expect.poll(() => fits(host, host.cardFrame)).toBe('fits');
    await page.evaluate(() => {
      const forger = document.createElement('iframe');
      forger.src = 'forged-theme.html';
      forger.title = 'Another frame';
      document.body.append(forger);
    });
    await expect(page.frameLocator('iframe[title="Another frame"]').getByText(/theme messages/)).toBeVisible();
    await page.waitForTimeout(400);
    await expect(card.locator('html')).toHaveAttribute('data-theme', 'dark');
    // The portal's own change still comes through.
    await setAttribute(page, '#card', 'data-theme', 'light');
    await expect(card.locator('html')).toHaveAttribute('data-theme', 'light');
  });
});
