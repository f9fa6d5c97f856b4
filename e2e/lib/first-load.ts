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

/**
 * Loads a page and adds up what it downloads for its own start-up: its HTML, and every stylesheet
 * and script requested before the app marked itself started (performance mark "app-ready"),
 * however requested (module graph, dynamic imports of its route and data). Prefetching for other
 * pages, which starts after that mark, does not count.
 */
export async function measureFirstLoad(page: Page, url: string): Promise<FirstLoad> {
  const response = await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0);
  const urls = await page.evaluate(() => {
    const ready = performance.getEntriesByName('app-ready')[0]!.startTime;
    return performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime <= ready)
      .map((entry) => entry.name);
  });
  const files: FirstLoad['files'] = [
    { url: new URL(url, page.url()).pathname, type: 'html', gzip: gzipSize(await response!.body()) },
  ];
  for (const resource of urls) {
    const type = typeOf(new URL(resource).pathname);
    if (!type) continue;
    const body = await (await page.request.get(resource)).body();
    files.push({ url: new URL(resource).pathname, type, gzip: gzipSize(body) });
  }
  const sum = (type: string) => files.filter((f) => f.type === type).reduce((total, f) => total + f.gzip, 0);
  return { js: sum('js'), css: sum('css'), html: sum('html'), files };
}
