import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { pageOf } from '../src/app/route-table';
import { expect, NOT_FOUND_STATUS, test } from './fixtures';
import { onePagePerKind, spreadOf, UNKNOWN_PATHS } from './lib/site-pages';

/*
 * axe on every page of the site, in both languages and both colour schemes. Each page is loaded once and
 * checked in the light and then the dark scheme (the themes are pure CSS media queries, so switching the
 * emulated scheme restyles the loaded page). Routes are batched and every violation is collected, so one
 * run names them all: route, theme, rule, target.
 */

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const LANGS = ['zh', 'en'] as const;
const THEMES = ['light', 'dark'] as const;

type Lang = (typeof LANGS)[number];
interface Route {
  path: string;
  /** What to wait for before checking, beyond the client taking over. */
  ready?: (page: Page) => Promise<void>;
}

/** Pages that answer 200: every site page in the language, and the index with a search. */
const pagesOf = (lang: Lang): Route[] => [
  {
    // A search with matches (highlighted cells) and one with none (the no-results panel).
    path: `/${lang}/?q=timeout`,
    ready: (page) => expect(page.locator('table mark').first()).toBeVisible(),
  },
  {
    path: `/${lang}/?q=418`,
    ready: (page) => expect(page.locator('.no-matches')).toBeVisible(),
  },
  ...spreadOf((p) => p.lang === lang && !p.embed && !p.root, 20).map((path) => ({ path })),
];

/** Embed views are alike within a kind: one of each kind and language, their not-found card included. */
const EMBED_PAGES = onePagePerKind()
  .filter(({ kind }) => pageOf(kind).embed)
  .map(({ path }) => path);

/** Waits until the client has taken over the page, so axe sees what a reader sees. */
async function settle(page: Page) {
  await page.waitForFunction(() => {
    const root = document.getElementById('root');
    return root !== null && Object.keys(root).some((key) => key.startsWith('__reactContainer'));
  });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

async function violationsOn(page: Page, { path, ready }: Route): Promise<string[]> {
  await page.goto(path);
  await settle(page);
  await ready?.(page);
  const found: string[] = [];
  for (const colorScheme of THEMES) {
    await page.emulateMedia({ colorScheme });
    // Legacy mode runs axe in the page itself instead of merging results in a new blank page: the same
    // checks (these pages have no frames) in a fraction of the time.
    const results = await new AxeBuilder({ page }).withTags(TAGS).setLegacyMode().analyze();
    for (const violation of results.violations) {
      for (const node of violation.nodes) {
        const why = node.failureSummary?.split('\n')[1]?.trim() ?? '';
        found.push(`${path} (${colorScheme}) [${violation.id}] ${node.target.join(' ')}: ${why}`);
      }
    }
  }
  return found;
}

async function expectNoViolations(page: Page, routes: Route[]) {
  const found: string[] = [];
  for (const route of routes) found.push(...(await violationsOn(page, route)));
  expect(found, 'axe violations').toEqual([]);
}

// Each test checks a batch of pages; on a busy machine that takes longer than one page's test would.
test.describe.configure({ timeout: 90_000 });

for (const lang of LANGS) {
  // Batches of about a dozen pages, so the two workers share them evenly and each test stays short.
  const pages = pagesOf(lang);
  const batches = Math.ceil(pages.length / 12);
  const size = Math.ceil(pages.length / batches);
  for (const batch of Array.from({ length: batches }, (_, i) => pages.slice(i * size, (i + 1) * size))) {
    const title = `${batch[0]!.path} … ${batch.at(-1)!.path}`;
    test(`${lang}: ${title} have no axe violations in either theme`, async ({ page }) => {
      await expectNoViolations(page, batch);
    });
  }
}

test.describe('root page', () => {
  test.use({ locale: 'zh-CN' }); // a Chinese browser stays on /, any other goes to /en/
  test('has no axe violations in either theme', async ({ page }) => {
    await expectNoViolations(page, [{ path: '/' }]);
  });
});

test.describe('not-found pages', () => {
  test.use({ allowConsole: [NOT_FOUND_STATUS] });
  test('have no axe violations in either theme', async ({ page }) => {
    await expectNoViolations(
      page,
      (UNKNOWN_PATHS['not-found'] ?? []).map((path) => ({ path })),
    );
  });
});

test.describe('embed views', () => {
  test.use({ allowConsole: [NOT_FOUND_STATUS] });
  test('have no axe violations in either theme', async ({ page }) => {
    await expectNoViolations(
      page,
      EMBED_PAGES.map((path) => ({ path })),
    );
  });
});
