import { expect, NOT_FOUND_STATUS, test } from './fixtures';
import { measureFirstLoad } from './lib/first-load';

/** The budgets, gzip level 6, 1 kB = 1000 bytes. */
const BUDGET = { js: 110_000, css: 15_000, indexHtml: 30_000 };

/* One page of every kind: each loads its own chunks and data, so each has its own first load. */
const PAGES = [
  '/',
  '/zh/',
  '/en/',
  '/zh/codes/409',
  '/en/codes/404',
  '/en/embedding',
  '/zh/embed',
  '/en/embed/codes/404',
  '/en/embed/codes/999',
  '/en/codes/999',
  '/fr/',
];

test.use({ allowConsole: [NOT_FOUND_STATUS], locale: 'zh-CN' });

test('every kind of page starts within the size budgets', async ({ page }) => {
  const over: string[] = [];
  const report: string[] = [];
  for (const path of PAGES) {
    const load = await measureFirstLoad(page, path);
    const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
    const scripts = load.files.filter((f) => f.type === 'js').map((f) => `${f.url.replace(/^.*\//, '')} ${kb(f.gzip)}`);
    report.push(`${path}: JS ${kb(load.js)}, CSS ${kb(load.css)}, HTML ${kb(load.html)}`);
    if (load.js > BUDGET.js) over.push(`${path}: JS ${kb(load.js)} > ${kb(BUDGET.js)} (${scripts.join(', ')})`);
    if (load.css > BUDGET.css) over.push(`${path}: CSS ${kb(load.css)} > ${kb(BUDGET.css)}`);
    if (/^\/(zh\/|en\/)?$/.test(path) && load.html > BUDGET.indexHtml) {
      over.push(`${path}: HTML ${kb(load.html)} > ${kb(BUDGET.indexHtml)}`);
    }
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
  expect(entry.length, 'the entry only schedules the app after paint').toBeLessThan(4000);
  expect(html).not.toContain('modulepreload');
});
