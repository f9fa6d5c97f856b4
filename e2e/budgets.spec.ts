import { BUDGETS, checkFirstVisit, formatKb } from '../scripts/lib/budgets';
import { expect, NOT_FOUND_STATUS, test } from './fixtures';
import { measureFirstLoad } from './lib/first-load';
import { onePagePerKind } from './lib/site-pages';

/* One page of every kind, in each language: each loads its own chunks and data, so each has its own first load. */
const PAGES = onePagePerKind().map((sample) => sample.path);

test.use({ allowConsole: [NOT_FOUND_STATUS], locale: 'zh-CN' });

test('every kind of page starts within the size budgets', async ({ page }) => {
  const over: string[] = [];
  const report: string[] = [];
  for (const path of PAGES) {
    const load = await measureFirstLoad(page, path);
    report.push(`${path}: JS ${formatKb(load.js)}, CSS ${formatKb(load.css)}, HTML ${formatKb(load.html)}`);
    over.push(...checkFirstVisit({ path, files: load.files }).map((v) => v.message));
  }
  console.log(`First-load sizes (gzip):\n${report.join('\n')}`);
  expect(over, 'pages over budget, with their measured figures').toEqual([]);
});

test('nothing but the tiny start-up script is requested before the first paint', async ({ page }) => {
  await page.goto('/zh/');
  const html = await (await page.request.get('/zh/')).text();
  const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
  expect(scripts).toHaveLength(1);
  const entry = await (await page.request.get(scripts[0]!)).body();
  expect(entry.length, 'the entry only schedules the app after paint').toBeLessThan(BUDGETS.prePaintJs);
  expect(html).not.toContain('modulepreload');
});
