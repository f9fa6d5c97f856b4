import { statusCodes } from '../src/features/status-codes/data/status-codes';
import { sitePages } from './lib/site-pages';
import { expect, test } from './fixtures';
import { CodePage } from './pages/code-page';
import { IndexPage } from './pages/index-page';

const LANGS = [
  { lang: 'zh', htmlLang: 'zh-CN', indexTitle: 'VPC API状态码' },
  { lang: 'en', htmlLang: 'en', indexTitle: 'VPC API status codes' },
] as const;

for (const { lang, htmlLang, indexTitle } of LANGS) {
  test(`/${lang}/ loads directly with its language and title`, async ({ page }) => {
    const index = new IndexPage(page);
    await index.goto(lang);
    await expect(page.locator('html')).toHaveAttribute('lang', htmlLang);
    await expect(page).toHaveTitle(indexTitle);
    await expect(index.heading).toHaveText(indexTitle);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  });

  test(`every ${lang} detail page loads directly and hydrates cleanly`, async ({ page }) => {
    const detail = new CodePage(page);
    for (const { route } of sitePages.filter((p) => p.kind === 'code' && p.lang === lang)) {
      const code = (route.params as { code: number }).code;
      const entry = statusCodes.find((e) => e.code === code)!;
      await detail.goto(lang, entry.code);
      await expect(detail.heading).toHaveText(`${String(entry.code)} ${entry.reasonPhrase}`);
      await expect(page.locator('html')).toHaveAttribute('lang', htmlLang);
      await expect(page).toHaveTitle(new RegExp(`^${String(entry.code)} ${entry.reasonPhrase} — `));
      await expect(page.getByText(entry.description[lang], { exact: true })).toBeVisible();
      await expect(page.getByText(entry.meaning[lang], { exact: true })).toBeVisible();
      // 429 is defined by RFC 6585, every other status by RFC 9110.
      const rfc = /rfc(\d+)/.exec(entry.rfc.url)![1]!;
      await expect(page.getByRole('link', { name: new RegExp(`RFC ${rfc}`) })).toHaveAttribute('href', entry.rfc.url);
      // The copy button appears only once the page is interactive, which proves hydration ran.
      await expect(page.getByRole('button', { name: /Copy link|复制链接/ })).toBeVisible();
    }
  });
}

test('detail page: previous/next links walk the codes in document order', async ({ page }) => {
  const detail = new CodePage(page);
  // 202, which the source page's tables do not list, has its place in numeric order.
  await detail.goto('en', 204);
  await expect(detail.pager.getByRole('link', { name: 'Previous: 202 Accepted' })).toBeVisible();
  await detail.pager.getByRole('link', { name: 'Next: 400 Bad Request' }).click();
  await expect(detail.heading).toHaveText('400 Bad Request');
  await expect(detail.pager.getByRole('link', { name: /^Previous: 204/ })).toBeVisible();

  await detail.goto('en', 200);
  await expect(detail.pager.getByRole('link', { name: /^Previous/ })).toHaveCount(0);
  await detail.goto('en', 504);
  await expect(detail.pager.getByRole('link', { name: /^Next/ })).toHaveCount(0);
});

test('detail page: error codes show the bodies each sender writes, with headers; others show none', async ({
  page,
}) => {
  const detail = new CodePage(page);
  await detail.goto('en', 401);
  const examples = detail.section('Example error bodies');
  const figure = (caption: string) => examples.getByRole('figure').filter({ hasText: caption });
  await expect(examples.getByRole('figure')).toHaveCount(statusCodes.find((e) => e.code === 401)!.examples!.length);
  await expect(figure('VPC API format').locator('code')).toContainText('"code": "VPC.0008"');
  const token = figure('OpenStack token middleware').locator('code');
  await expect(token).toContainText('WWW-Authenticate: Keystone uri=');
  await expect(token).toContainText('"title": "Unauthorized"');
  await expect(figure('API gateway').locator('code')).toContainText('"error_code": "APIGW.0301"');
  await expect(examples.getByText('Worked out from the source code', { exact: false })).toHaveCount(0);
  await expect(detail.section('Related codes').getByRole('link')).not.toHaveCount(0);

  await detail.goto('en', 405);
  await expect(detail.section('Example error bodies').getByText(/^Worked out from the source code/)).toBeVisible();

  for (const code of [407, 201]) {
    await detail.goto('en', code);
    await expect(detail.section('Example error bodies')).toHaveCount(0);
  }
});

test('detail page: the copy-link button copies the page address and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const detail = new CodePage(page);
  await detail.goto('zh', 503);
  await page.getByRole('button', { name: '复制链接' }).click();
  await expect(page.locator('.copy-link [role="status"]')).toHaveText('链接已复制');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});
