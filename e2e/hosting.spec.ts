import { Ajv2020 } from 'ajv/dist/2020.js';
import { statusCodesSchema as schema } from '../src/features/status-codes/data/status-codes.schema';
import { pathsOf } from './lib/site-pages';
import { expect, NOT_FOUND_STATUS, test } from './fixtures';
import { IndexPage } from './pages/index-page';

/** The root build's SITE_URL is unset in tests, so absolute URLs use the documented default. */
const SITE = 'http://localhost:4173/';

const headOf = (page: import('@playwright/test').Page) => ({
  meta: (key: string) => page.locator(`meta[name="${key}"], meta[property="${key}"]`).first(),
  link: (rel: string, hreflang?: string) =>
    page.locator(hreflang ? `link[rel="${rel}"][hreflang="${hreflang}"]` : `link[rel="${rel}"]`),
});

test.describe('head tags for sharing and search engines', () => {
  for (const { path, lang, title, description, ogLocale } of [
    {
      path: '/en/codes/404',
      lang: 'en',
      title: '404 Not Found — VPC API status codes',
      description: /^HTTP 404 Not Found in the VPC API: .+\.$/,
      ogLocale: 'en_US',
    },
    {
      path: '/zh/codes/409',
      lang: 'zh-CN',
      title: '409 Conflict — VPC API状态码',
      description: /^VPC API中的HTTP 409 Conflict：.+。$/,
      ogLocale: 'zh_CN',
    },
    {
      path: '/zh/',
      lang: 'zh-CN',
      title: 'VPC API状态码',
      description: /^VPC API文档记载的HTTP状态码/,
      ogLocale: 'zh_CN',
    },
  ]) {
    test(`${path} has its own title, description, canonical, alternates and cards`, async ({ page }) => {
      await page.goto(path);
      const head = headOf(page);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page).toHaveTitle(title);
      await expect(head.meta('description')).toHaveAttribute('content', description);
      await expect(head.link('canonical')).toHaveAttribute('href', SITE + path.slice(1));
      const other = path.startsWith('/en/') ? path.replace('/en/', '/zh/') : path.replace('/zh/', '/en/');
      await expect(head.link('alternate', 'zh-CN')).toHaveAttribute(
        'href',
        SITE + (lang === 'en' ? other : path).slice(1),
      );
      await expect(head.link('alternate', 'en')).toHaveAttribute(
        'href',
        SITE + (lang === 'en' ? path : other).slice(1),
      );
      await expect(head.link('alternate', 'x-default')).toHaveCount(1);
      await expect(head.meta('og:title')).toHaveAttribute('content', title);
      await expect(head.meta('og:url')).toHaveAttribute('content', SITE + path.slice(1));
      await expect(head.meta('og:locale')).toHaveAttribute('content', ogLocale);
      await expect(head.meta('og:site_name')).toHaveAttribute('content', /VPC API/);
      await expect(head.meta('twitter:card')).toHaveAttribute('content', 'summary_large_image');
      const image = await head.meta('og:image').getAttribute('content');
      expect(image).toBe(`${SITE}og-image.jpg`);
      const local = await page.request.get(new URL(image!).pathname);
      expect(local.status()).toBe(200);
      expect(local.headers()['content-type']).toBe('image/jpeg');
    });
  }

  test('the not-found page is not indexed and has no canonical', async ({ request }) => {
    const html = await (await request.get('/en/codes/999')).text();
    expect(html).toContain('<meta name="robots" content="noindex" />');
    expect(html).not.toContain('rel="canonical"');
  });
});

test('sitemap lists every page in both languages with alternates; robots points at it', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  // Every indexed page of the route table, in each language; the root only points at them.
  const expected = pathsOf((p) => p.indexed && !p.root).map((path) => `${SITE}${path.slice(1)}`);
  expect(expected.length, 'indexed pages in the route table').toBeGreaterThan(2);
  expect(locs.sort()).toEqual(expected.sort());
  expect(sitemap.match(/hreflang="en"/g)).toHaveLength(expected.length);
  expect(sitemap).toContain(`<xhtml:link rel="alternate" hreflang="zh-CN" href="${SITE}zh/codes/404"/>`);
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${SITE}sitemap.xml`);
});

test('/status-codes.json is valid against its schema and matches the rendered tables', async ({ page, request }) => {
  const response = await request.get('/status-codes.json');
  expect(response.headers()['content-type']).toContain('application/json');
  const data = await response.json();
  const publishedSchema = await (await request.get('/status-codes.schema.json')).json();
  expect(publishedSchema).toEqual(schema);
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(publishedSchema);
  expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  expect(data.schemaVersion).toBe(2);

  const index = new IndexPage(page);
  await index.goto('zh');
  const rendered = [
    ...(await index.rows(index.successTable)).slice(1),
    ...(await index.rows(index.errorTable)).slice(1),
  ];
  type Entry = { code: number; table: string; reasonPhrase: string; description: { zh: string }; inSource?: false };
  // The tables hold the source page's rows; statuses it does not list (202, 429) are marked and shown apart.
  const inTables = (data.codes as Entry[]).filter((c) => c.inSource !== false);
  const fromJson = inTables.map((c) =>
    c.table === 'success'
      ? [String(c.code), c.reasonPhrase, c.description.zh]
      : [`${String(c.code)} ${c.reasonPhrase}`, c.description.zh],
  );
  expect(rendered).toEqual(fromJson);
  expect(
    (data.codes as Entry[]).filter((c) => c.inSource === false).map((c) => c.code),
    'the statuses the tables do not list',
  ).toEqual([202, 429]);
});

test('favicon, manifest and icons load without errors', async ({ page, request }) => {
  await page.goto('/en/');
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(manifestHref!)).json();
  for (const icon of manifest.icons as { src: string }[]) {
    const res = await request.get(new URL(icon.src, new URL(manifestHref!, page.url())).pathname);
    expect(res.status(), icon.src).toBe(200);
  }
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', /^data:image\/svg\+xml,/);
});

test('/favicon.ico, which browsers ask for whatever the page says, is an icon', async ({ request }) => {
  const response = await request.get('/favicon.ico');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/x-icon');
  const ico = await response.body();
  expect([...ico.subarray(0, 4)], 'ICO header: reserved 0, type 1 (icon)').toEqual([0, 0, 1, 0]);
  const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico.readUInt8(6 + 16 * i) || 256);
  expect(sizes).toEqual(expect.arrayContaining([16, 32]));
});

test.describe('unknown paths', () => {
  test.use({ allowConsole: [NOT_FOUND_STATUS] });
  test('are answered by 404.html with status 404', async ({ request }) => {
    for (const path of ['/nope', '/en/codes/999', '/assets/missing.js', '/zh/codes/404/extra']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      expect(await response.text(), path).toContain('data-route="not-found:any:"');
    }
  });
});
