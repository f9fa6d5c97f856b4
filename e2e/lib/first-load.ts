import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

/** gzip level 6: what `gzip` and servers compressing on the fly send. 1 kB = 1000 bytes. */
export const gzipSize = (body: Buffer) => gzipSync(body, { level: 6 }).length;

export interface FirstLoad {
  js: number;
  css: number;
  html: number;
  files: { url: string; type: 'html' | 'css' | 'js'; gzip: number }[];
}

const typeOf = (url: string): FirstLoad['files'][number]['type'] | null =>
  /\.m?js$/.test(url) ? 'js' : url.endsWith('.css') ? 'css' : null;

/** Resolves once no new resource has been requested for `quiet` ms (the network is idle), in any frame. */
async function networkIdle(page: Page, quiet = 1000, limit = 15_000) {
  const started = Date.now();
  let count = -1;
  let since = Date.now();
  while (Date.now() - started < limit) {
    const counts = await Promise.all(
      page
        .frames()
        .map((frame) => frame.evaluate(() => performance.getEntriesByType('resource').length).catch(() => 0)),
    );
    const now = counts.reduce((sum, n) => sum + n, 0) + counts.length;
    if (now !== count) {
      count = now;
      since = Date.now();
    } else if (Date.now() - since >= quiet) return;
    await page.waitForTimeout(100);
  }
}

/**
 * Loads a page as a first visit and adds up everything it downloads until the network is idle: its
 * HTML, its stylesheet, the app with the page's own chunks and data, whatever it prefetches for the
 * links it shows, and what the frames it embeds load. Nothing is left out for being "for later".
 */
export async function measureFirstLoad(page: Page, url: string): Promise<FirstLoad> {
  const response = await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0);
  await networkIdle(page);
  // Frames the page embeds count too: they are part of what the visit downloads.
  const perFrame = await Promise.all(
    page
      .frames()
      .map((frame) =>
        frame.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name)).catch(() => []),
      ),
  );
  const urls = perFrame.flat();
  const files: FirstLoad['files'] = [
    { url: new URL(url, page.url()).pathname, type: 'html', gzip: gzipSize(await response!.body()) },
  ];
  for (const resource of new Set(urls)) {
    const type = typeOf(new URL(resource).pathname);
    if (!type) continue;
    const body = await (await page.request.get(resource)).body();
    files.push({ url: new URL(resource).pathname, type, gzip: gzipSize(body) });
  }
  const sum = (type: string) => files.filter((f) => f.type === type).reduce((total, f) => total + f.gzip, 0);
  return { js: sum('js'), css: sum('css'), html: sum('html'), files };
}
