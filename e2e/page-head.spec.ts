import type { Page } from '@playwright/test';
import { NOT_FOUND_STATUS, expect, test } from './fixtures';
import { BILINGUAL_ORDER, HTML_LANG, isLang } from '../src/lib/languages';
import { onePagePerKind, sitePages } from './lib/site-pages';

/*
 * A page's head says the same thing however the reader arrived: in the prerendered HTML, once the
 * app has started (which rewrites the head from the route's data), and after a client-side
 * navigation to it. Every write of the title, description and language is recorded, so a head
 * that is rewritten wrongly and then right again fails too.
 */

interface Head {
  title: string;
  description: string;
  lang: string;
}

declare global {
  interface Window {
    headWrites?: Head[];
  }
}

/** Records the head after each change the app makes to the title, the description or `<html lang>`. */
const recordHeadWrites = () => {
  const read = () => ({
    title: document.title,
    description: document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
    lang: document.documentElement.lang,
  });
  window.headWrites = [];
  const observer = new MutationObserver(() => window.headWrites!.push(read()));
  document.addEventListener('DOMContentLoaded', () => {
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    const title = document.querySelector('title');
    const description = document.querySelector('meta[name="description"]');
    if (title) observer.observe(title, { subtree: true, childList: true, characterData: true });
    if (description) observer.observe(description, { attributes: true, attributeFilter: ['content'] });
  });
};

const writesSince = (page: Page, from: number) => page.evaluate((n) => window.headWrites!.slice(n), from);

const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&');

/** The head as the build wrote it, read from the HTML before any script runs. */
function prerenderedHead(html: string): Head {
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
  const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1];
  const lang = /<html lang="([^"]*)"/.exec(html)?.[1];
  if (title === undefined || description === undefined || lang === undefined) throw new Error('No head in the HTML');
  return { title: decode(title), description: decode(description), lang };
}

/** Waits until the app has written the head for the page at `path` (it always does, once per route). */
async function headAfterWrites(page: Page, from: number): Promise<Head[]> {
  await expect.poll(async () => (await writesSince(page, from)).length, { timeout: 10_000 }).toBeGreaterThan(0);
  // Writes come in a burst (title, then lang, then description): let it finish before reading.
  await page.waitForTimeout(200);
  return writesSince(page, from);
}

/** `<html lang>` of a page: its path's language, or the first of a bilingual page (BILINGUAL_ORDER). */
function expectedLang(path: string) {
  const first = path.split('/')[1];
  return HTML_LANG[isLang(first) ? first : BILINGUAL_ORDER[0]!];
}

const prerendered = new Set(sitePages.flatMap((p) => (p.path === null ? [] : [p.path])));
/** Where a client-side navigation starts: a page of another kind. */
const startFor = (path: string) => (path === '/en/about' ? '/zh/' : '/en/about');

test.use({ allowConsole: [NOT_FOUND_STATUS] });

// The root redirects to a language by the browser's preference: its two pages are tested by their own paths.
for (const { kind, path } of onePagePerKind().filter((sample) => sample.path !== '/')) {
  test(`${kind} ${path}: one title, description and <html lang> in the HTML, once the app runs and after a client navigation`, async ({
    page,
    request,
  }) => {
    await page.addInitScript(recordHeadWrites);
    const fromHtml = prerendered.has(path) ? prerenderedHead(await (await request.get(path)).text()) : null;

    await page.goto(path);
    const onStart = await headAfterWrites(page, 0);
    const settled = onStart.at(-1)!;
    expect(settled.lang, '<html lang> once the app runs').toBe(expectedLang(path));
    if (fromHtml) expect(fromHtml.lang, '<html lang> in the HTML').toBe(expectedLang(path));
    // Whole words with single spaces: a part left empty (a code page's title text) leaves a double space.
    expect(settled.title, 'a title with its text').toMatch(/^\S(?:\S| (?! ))*\S$/);
    for (const head of onStart) {
      // The description's tag is written per head field; only the settled state must be whole.
      expect({ title: head.title, lang: head.lang }, 'every title the app writes').toEqual({
        title: settled.title,
        lang: settled.lang,
      });
    }
    if (fromHtml) expect(settled, 'the head once the app runs, as prerendered').toEqual(fromHtml);

    await page.goto(startFor(path));
    const before = (await headAfterWrites(page, 0)).length;
    await page.evaluate((to) => window.history.pushState(null, '', to), path);
    const afterNavigation = await headAfterWrites(page, before);
    expect(afterNavigation.at(-1), 'the head after a client navigation').toEqual(settled);
    for (const head of afterNavigation) expect(head.title, 'every title written on the way').toBe(settled.title);
  });
}
