import type { Locator, Page } from '@playwright/test';
import { expect, NOT_FOUND_STATUS, test } from './fixtures';
import { CodePage } from './pages/code-page';
import { spreadOf, walkTimeout } from './lib/site-pages';
import { IndexPage } from './pages/index-page';

/*
 * Keyboard-only use (Tab, Shift+Tab, Enter), the focus indicator, reduced motion and the page structure
 * that assistive technology relies on: one h1, captioned tables with header cells, a labelled language switch.
 */

const LANGUAGE_SWITCH = '语言 / Language';

/** What the focused element draws to show it has focus. */
async function focusStyle(page: Page) {
  return page.evaluate(() => {
    let element = document.activeElement;
    if (element === null || element === document.body) return null;
    // The class filter's radios are visually hidden; their ring is drawn on the label text after them.
    if (element instanceof HTMLInputElement && element.type === 'radio' && element.nextElementSibling) {
      element = element.nextElementSibling;
    }
    const style = getComputedStyle(element);
    return {
      element: `${element.tagName.toLowerCase()} “${(element.textContent ?? '').trim().slice(0, 40)}”`,
      outlineStyle: style.outlineStyle,
      outlineWidth: Number.parseFloat(style.outlineWidth),
      boxShadow: style.boxShadow,
    };
  });
}

async function expectVisibleFocus(page: Page) {
  const style = await focusStyle(page);
  expect(style, 'something has focus').not.toBeNull();
  const { element, outlineStyle, outlineWidth, boxShadow } = style!;
  const outlined = outlineStyle !== 'none' && outlineWidth >= 2;
  expect(outlined || boxShadow !== 'none', `focus indicator on ${element}: ${outlineStyle} ${outlineWidth}px`).toBe(
    true,
  );
}

/** Presses `key` until `target` has focus, checking the focus indicator at every stop on the way. */
async function pressUntilFocused(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', max = 90) {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press(key);
    await expectVisibleFocus(page);
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`${key} × ${String(max)} never reached ${String(target)}`);
}

const mainHasFocus = (page: Page) => page.evaluate(() => document.activeElement?.id === 'main');

test.describe('skip link', () => {
  for (const path of ['/zh/', '/en/codes/404']) {
    test(`is the first Tab stop on ${path}, shows when focused and moves focus to the content`, async ({ page }) => {
      await page.goto(path);
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: /Skip to content|跳到正文/ });
      await expect(skip).toBeFocused();
      await expect(skip).toBeInViewport();
      await expectVisibleFocus(page);
      await page.keyboard.press('Enter');
      await expect.poll(() => mainHasFocus(page)).toBe(true);
      // The next Tab stop is inside the content, past the header.
      await page.keyboard.press('Tab');
      await expectVisibleFocus(page);
      expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
    });
  }
});

test('keyboard only: language switch, search, a code page and back to the table', async ({ page }) => {
  const index = new IndexPage(page);
  await index.goto('zh');

  // Tab to the language switch and switch to English with Enter; focus stays on the switch.
  await pressUntilFocused(page, index.switchTo('English'));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(index.switchTo('English')).toHaveAttribute('aria-current', 'page');

  // On to the search box, back with Shift+Tab, and forward again.
  await pressUntilFocused(page, index.search);
  await pressUntilFocused(page, index.switchTo('English'), 'Shift+Tab');
  await pressUntilFocused(page, index.search);

  // A query with one match: Enter opens its page, and focus lands on the new page's content.
  await page.keyboard.type('409');
  await expect.poll(() => index.visibleCodes()).toEqual([409]);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/codes\/409$/);
  const detail = new CodePage(page);
  await expect(detail.heading).toHaveText('409 Conflict');
  await expect.poll(() => mainHasFocus(page)).toBe(true);

  // "Back to the table", past it and back with Shift+Tab, then Enter.
  await pressUntilFocused(page, detail.backToTable);
  await page.keyboard.press('Tab');
  await expectVisibleFocus(page);
  await pressUntilFocused(page, detail.backToTable, 'Shift+Tab');
  await expect(detail.backToTable).toHaveText('Back to the table');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/#code-409$/);
  await expect(index.heading).toHaveText('VPC API status codes');
  await expect(page.locator('#code-409')).toBeInViewport();
  await expect.poll(() => mainHasFocus(page)).toBe(true);

  // From the content, Tab reaches the table's links.
  await pressUntilFocused(page, index.codeLink(/^409 Conflict/));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/codes\/409$/);
});

test('every kind of control shows a focus indicator, in both themes', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const index = new IndexPage(page);
    await index.goto('en', '?q=timeout');
    await expect(index.search).toHaveValue('timeout');
    // Links in the header, the search box, the class filter's radios and the table's links.
    await pressUntilFocused(page, index.classFilter('All'));
    await pressUntilFocused(page, index.codeLink(/^504 Gateway Timeout/));
    // A button and the example bodies on a code page.
    await page.goto('/en/codes/404');
    await pressUntilFocused(page, page.getByRole('button', { name: 'Copy link' }));
    await pressUntilFocused(page, page.getByRole('link', { name: /^Next:/ }));
  }
});

test('reduced motion: nothing animates or transitions', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (const path of ['/en/', '/zh/codes/404']) {
    await page.goto(path);
    await page.keyboard.press('Tab'); // the skip link, which moves into view when focused
    const moving = await page.evaluate(() => {
      const seconds = (value: string) => Math.max(...value.split(',').map((v) => Number.parseFloat(v) || 0));
      const found: string[] = [];
      const elements = [document.documentElement, ...Array.from(document.body.querySelectorAll('*'))];
      for (const element of elements) {
        for (const pseudo of [null, '::before', '::after']) {
          const style = getComputedStyle(element, pseudo);
          const animation = style.animationName !== 'none' ? seconds(style.animationDuration) : 0;
          const transition = seconds(style.transitionDuration);
          if (animation > 0 || transition > 0) {
            found.push(`${element.tagName.toLowerCase()}${pseudo ?? ''}.${element.className}`);
          }
        }
      }
      return { found, checked: elements.length, scroll: getComputedStyle(document.documentElement).scrollBehavior };
    });
    expect(moving.checked, `elements checked on ${path}`).toBeGreaterThan(20);
    expect(moving.found, `animated or transitioning on ${path}`).toEqual([]);
    expect(moving.scroll).toBe('auto');
  }
});

/** One h1 and the labelled language switch, which every page has. */
async function structureProblems(page: Page, path: string): Promise<string[]> {
  const problems: string[] = [];
  const h1 = await page.locator('h1').count();
  if (h1 !== 1) problems.push(`${path}: ${String(h1)} h1 elements`);
  const nav = await page.getByRole('navigation', { name: LANGUAGE_SWITCH, exact: true }).count();
  if (nav !== 1) problems.push(`${path}: ${String(nav)} navigations named “${LANGUAGE_SWITCH}”`);
  return problems;
}

test.describe('page structure', () => {
  for (const lang of ['zh', 'en'] as const) {
    test(`${lang}: every page has one h1 and the labelled language switch`, async ({ page }) => {
      const paths = [`/${lang}/?q=timeout`, ...spreadOf((p) => p.lang === lang && !p.embed && !p.root, 24)];
      test.setTimeout(walkTimeout(paths.length));
      const problems: string[] = [];
      for (const path of paths) {
        await page.goto(path);
        problems.push(...(await structureProblems(page, path)));
      }
      expect(problems).toEqual([]);
    });

    test(`${lang}: every table has a caption, column headers and row headers`, async ({ page }) => {
      for (const path of [`/${lang}/`, `/${lang}/?q=timeout`, `/${lang}/embedding`]) {
        await page.goto(path);
        if (path.includes('?q=')) await expect(page.locator('table mark').first()).toBeVisible();
        const tables = await page.locator('table').evaluateAll((elements) =>
          elements.map((table) => ({
            caption: table.querySelector(':scope > caption')?.textContent?.trim() ?? '',
            columnHeaders: Array.from(table.querySelectorAll('thead th'), (th) => th.getAttribute('scope')),
            headCells: table.querySelectorAll('thead td').length,
            rows: Array.from(table.querySelectorAll('tbody tr'), (row) => ({
              first: `${row.firstElementChild?.tagName ?? ''} ${row.firstElementChild?.getAttribute('scope') ?? ''}`,
              rowHeaders: row.querySelectorAll('th').length,
            })),
          })),
        );
        expect(tables.length, `tables on ${path}`).toBeGreaterThan(0);
        for (const table of tables) {
          expect(table.caption, `a table's caption on ${path}`).not.toBe('');
          expect(table.columnHeaders.length).toBeGreaterThan(1);
          expect(new Set(table.columnHeaders), `th scope in the head of “${table.caption}”`).toEqual(new Set(['col']));
          expect(table.headCells).toBe(0);
          expect(table.rows.length).toBeGreaterThan(0);
          for (const row of table.rows)
            expect(row, `a row of “${table.caption}”`).toEqual({ first: 'TH row', rowHeaders: 1 });
        }
      }
    });
  }

  test('the language switch has the same bilingual name in both languages', async ({ page }) => {
    for (const path of ['/zh/', '/en/', '/zh/codes/404', '/en/codes/404']) {
      await page.goto(path);
      const nav = page.getByRole('navigation', { name: LANGUAGE_SWITCH, exact: true });
      await expect(nav).toHaveAccessibleName(LANGUAGE_SWITCH);
      await expect(nav.getByRole('link')).toHaveText(['中文', 'English']);
    }
  });

  test.describe('not-found pages', () => {
    test.use({ allowConsole: [NOT_FOUND_STATUS] });
    test('have one h1 and the labelled language switch', async ({ page }) => {
      const problems: string[] = [];
      for (const path of ['/en/codes/999', '/zh/nope', '/fr/']) {
        await page.goto(path);
        problems.push(...(await structureProblems(page, path)));
      }
      expect(problems).toEqual([]);
    });
  });
});
