import { BOOT_SCRIPT } from '../src/app/boot-script';
import { expect, NOT_FOUND_STATUS, test } from './fixtures';
import { CodePage } from './pages/code-page';
import { IndexPage } from './pages/index-page';
import { onePagePerKind, pathsOf, walkTimeout } from './lib/site-pages';

/* Served with the strict policy from hosting-config.json: any violation fails the test. */
test.use({ allowConsole: [NOT_FOUND_STATUS] });

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
});

const violations = (page: import('@playwright/test').Page) =>
  page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

test('every kind of page works under the strict policy', async ({ page }) => {
  test.setTimeout(walkTimeout(onePagePerKind().length + 2));
  const response = await page.goto('/zh/');
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  const index = new IndexPage(page);
  await index.search.fill('timeout');
  await expect.poll(() => index.visibleCodes()).toEqual([408, 504]);
  expect(await violations(page)).toEqual([]);

  await index.codeLink(/^408 Request Timeout/).click();
  const detail = new CodePage(page);
  await expect(detail.heading).toHaveText('408 Request Timeout');
  await detail.switchTo('English').click();
  await expect(page).toHaveURL(/\/en\/codes\/408$/);
  expect(await violations(page)).toEqual([]);

  for (const { path } of onePagePerKind()) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await violations(page), path).toEqual([]);
  }
});

test('the built HTML has no inline script but the boot script, and no style attributes', async ({ request }) => {
  for (const path of [...pathsOf(), '/404.html']) {
    const html = await (await request.get(path)).text();
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(inline, path).toEqual([BOOT_SCRIPT]);
    expect(html, path).not.toMatch(/\sstyle="/);
  }
});
