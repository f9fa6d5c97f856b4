import { expect, test } from './fixtures';

/*
 * Links in view prefetch the chunk of their kind of page once the reader engages with the page: a
 * visit that only reads and leaves downloads just its own page.
 */

const codePageChunk = /\/assets\/code-route-[\w-]+\.js$/;

test('the chunk of a linked kind of page loads after the reader scrolls, not before', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto('/en/errors/');
  await page.waitForLoadState('networkidle');
  // Links to status pages (the sidebar's, the catalogue's) are in view from the start.
  const statusLinksInView = await page.evaluate(
    () =>
      [...document.querySelectorAll<HTMLAnchorElement>('a[href*="/en/codes/"]')].filter((a) => {
        const box = a.getBoundingClientRect();
        return box.width > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
      }).length,
  );
  expect(statusLinksInView).toBeGreaterThan(0);
  expect(requested.filter((url) => codePageChunk.test(url))).toEqual([]);

  const chunk = page.waitForRequest((request) => codePageChunk.test(request.url()));
  await page.mouse.wheel(0, 200);
  await chunk;
});
