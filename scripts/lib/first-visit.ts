// A first visit, as the budget test and the benchmark both count it: every response the browser
// receives until the network is idle, by type: the page, the app started after the first paint, its
// route's chunk, data and strings, whatever it prefetches for the links in view, and what the frames
// it embeds load. Nothing is left out for being "for later". A file received again (each frame fetches
// its own modules, and a static server without validators sends them again) is marked as a repeat: it
// counts once, as it would with any host that lets the browser cache or revalidate it. Each body is
// gzipped at the budgets' level; "raw" is the plain body.
import type { Page, Request, Response } from '@playwright/test';
import { gzipSize } from './budgets';

export type Kind = 'html' | 'css' | 'js' | 'other';
export interface Transfer {
  url: string;
  kind: Kind;
  raw: number;
  gzip: number;
  /** Requested before the app's "app-ready" mark. */
  startup: boolean;
  /** Requested by a frame the page embeds, not by the page itself. */
  inFrame: boolean;
  /** The same URL was received before in this visit: left out of the totals. */
  repeat: boolean;
}

export interface FirstVisitRecord {
  status: number;
  requests: number;
  files: Transfer[];
  /** When the app marked itself ready, in ms after navigation began (null: it never did). */
  appReadyMs: number | null;
  /** When the network fell idle, in ms after navigation began. */
  idleMs: number;
}

const KINDS: Record<string, Kind> = { document: 'html', stylesheet: 'css', script: 'js' };

async function transferOf(page: Page, response: Response, readyAt: number): Promise<Omit<Transfer, 'repeat'> | null> {
  const body = await response.body().catch(() => null); // redirects and aborted requests have none
  if (!body) return null;
  const kind = KINDS[response.request().resourceType()] ?? 'other';
  const startup = response.request().timing().startTime <= readyAt;
  const inFrame = response.frame() !== page.mainFrame();
  return { url: new URL(response.url()).pathname, kind, raw: body.length, gzip: gzipSize(body), startup, inFrame };
}

/** The app's "app-ready" mark: its wall-clock time (infinity when the page has no app) and ms after navigation. */
const readyTime = () => {
  const mark = performance.getEntriesByName('app-ready')[0];
  return mark
    ? { at: performance.timeOrigin + mark.startTime, ms: Math.round(mark.startTime) }
    : { at: Number.POSITIVE_INFINITY, ms: null };
};

/** Quiet time that counts as idle: longer than Playwright's 500 ms, as prefetches start after hydration. */
const QUIET_MS = 1000;
const IDLE_LIMIT_MS = 20_000;
const APP_LIMIT_MS = 15_000;

/** Counts requests in flight on a page; `idle()` resolves once none has been in flight or begun for QUIET_MS. */
function watchNetwork(page: Page) {
  const inFlight = new Set<Request>();
  let last = Date.now();
  page.on('request', (r) => {
    inFlight.add(r);
    last = Date.now();
  });
  const done = (r: Request) => {
    inFlight.delete(r);
    last = Date.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return async () => {
    const started = Date.now();
    while (inFlight.size > 0 || Date.now() - last < QUIET_MS) {
      if (Date.now() - started > IDLE_LIMIT_MS) {
        throw new Error(
          `The network was not idle after ${String(IDLE_LIMIT_MS)} ms: ${[...inFlight].map((r) => r.url()).join(', ')}`,
        );
      }
      await page.waitForTimeout(100);
    }
  };
}

/** Opens `url` in `page` (give it a fresh context: an empty cache) and records the visit until the network is idle. */
export async function recordFirstVisit(page: Page, url: string): Promise<FirstVisitRecord> {
  const responses: Response[] = [];
  page.on('response', (r) => responses.push(r));
  const idle = watchNetwork(page);
  const navigated = Date.now();
  const main = await page.goto(url, { waitUntil: 'load' });
  // The app starts after the first paint; it then prefetches for the links in view.
  await page
    .waitForFunction(() => performance.getEntriesByName('app-ready').length > 0, null, { timeout: APP_LIMIT_MS })
    .catch(() => undefined);
  await idle();
  const idleMs = Date.now() - navigated - QUIET_MS;
  const ready = await page.evaluate(readyTime);
  const seen = new Set<string>();
  const files: Transfer[] = [];
  for (const r of responses) {
    const t = await transferOf(page, r, ready.at);
    if (!t) continue;
    files.push({ ...t, repeat: seen.has(t.url) });
    seen.add(t.url);
  }
  return { status: main?.status() ?? 0, requests: responses.length, files, appReadyMs: ready.ms, idleMs };
}
