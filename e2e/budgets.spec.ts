import { checkFirstVisit, formatKb } from '../scripts/lib/budgets';
import { expect, NOT_FOUND_STATUS, test } from './fixtures';
import { measureFirstLoad } from './lib/first-load';
import { onePagePerKind } from './lib/site-pages';

/* One page of every kind, in each language: each loads its own chunks and data, so each has its own first load. */
const PAGES = onePagePerKind().map((sample) => sample.path);

// A first visit on a phone: its viewport decides which links are in view, and so what is prefetched.
test.use({
  allowConsole: [NOT_FOUND_STATUS],
  locale: 'zh-CN',
  viewport: { width: 412, height: 823 },
  isMobile: true,
  hasTouch: true,
});

test('every kind of page starts within the size budgets', async ({ page }) => {
  test.setTimeout(180_000);
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

for (const path of ['/zh/', '/en/codes/404', '/en/errors/', '/en/errors/VPC.0114']) {
  test(`${path}: nothing but the HTML and its stylesheet is requested before the first contentful paint`, async ({
    page,
  }) => {
    await page.goto(path);
    const { fcp, early } = await page.evaluate(() => {
      const paint = performance.getEntriesByName('first-contentful-paint')[0]!.startTime;
      const requests = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      return {
        fcp: paint,
        early: requests.filter((r) => r.startTime < paint).map((r) => new URL(r.name).pathname),
      };
    });
    expect(fcp, 'a first contentful paint was reported').toBeGreaterThan(0);
    expect(
      early.filter((p) => !p.endsWith('.css')),
      'requests that started before the first paint',
    ).toEqual([]);
    const html = await (await page.request.get(path)).text();
    expect(html, 'no script the preload scanner would fetch').not.toMatch(
      /<script[^>]*\bsrc=|modulepreload|rel="manifest"/,
    );
  });
}
