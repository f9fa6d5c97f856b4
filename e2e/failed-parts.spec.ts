import { expect, test } from './fixtures';
import { EmbeddingPage } from './pages/embedding-page';
import { ErrorCataloguePage } from './pages/error-catalogue-page';
import { IndexPage } from './pages/index-page';

/*
 * A part of a page that loads on use (the tables' search engine, the Embed page's live preview)
 * and fails to load takes only itself down: the page stays, the part says so and offers to try
 * again, and it works again once the connection is back.
 */

const OFFLINE = /ERR_INTERNET_DISCONNECTED|Failed to fetch|dynamically imported module/;
test.use({ allowConsole: [OFFLINE] });

const FAILED = /could not be loaded|未能加载/;

test('offline, the index search says it could not load; back online, Try again searches', async ({ page, context }) => {
  const index = new IndexPage(page);
  await index.goto('en');
  await context.setOffline(true);
  await index.search.fill('conflict');
  const failed = page.getByRole('alert').filter({ hasText: FAILED });
  await expect(failed).toBeVisible();
  await expect(index.heading, 'the page stays').toHaveText('VPC API status codes');
  await expect(page.getByRole('banner')).toBeVisible();

  await context.setOffline(false);
  // The browser's "online" event retries by itself; the button is there for a reader who is first.
  if (await failed.isVisible()) await failed.getByRole('button', { name: 'Try again' }).click({ force: true });
  await expect(failed).toHaveCount(0);
  await expect.poll(() => index.visibleCodes()).toContain(409);
});

test('offline, the error catalogue search says so in Chinese and offers to retry', async ({ page, context }) => {
  const catalogue = new ErrorCataloguePage(page);
  await catalogue.goto('zh');
  await context.setOffline(true);
  await catalogue.search.fill('quota');
  const failed = page.getByRole('alert').filter({ hasText: FAILED });
  await expect(failed).toContainText('这一部分未能加载');
  await expect(failed.getByRole('button', { name: '重试' })).toBeVisible();
  await expect(catalogue.heading).toBeVisible();
  await context.setOffline(false);
  await expect(failed).toHaveCount(0);
  await expect(catalogue.table).toBeVisible();
});

test('when the loader cannot be fetched, the live preview says so; once it can, Try again shows it', async ({
  page,
}) => {
  const embedding = new EmbeddingPage(page);
  const loader = '**/embed.js';
  await page.route(loader, (route) => route.abort('internetdisconnected'));
  await embedding.goto('en');
  await embedding.scrollToPreview();
  const failed = embedding.preview.getByRole('alert');
  await expect(failed).toContainText('This part could not be loaded');
  await expect(embedding.heading, 'the page stays').toBeVisible();
  await page.unroute(loader);
  await failed.getByRole('button', { name: 'Try again' }).click();
  await expect(failed).toHaveCount(0);
  await expect(embedding.previewFrames).toHaveCount(2);
  await expect(embedding.previewFrames.first().contentFrame().getByRole('heading', { level: 1 })).toHaveText(
    '404 Not Found',
  );
});
