// Transferred bytes of a first visit on a phone: every response a fresh headless Chromium receives
// until the network is idle, by type: the page, the app started after the first paint, its route's
// chunk, data and strings, and whatever it prefetches for the links in view. Nothing is left out for
// being "for later", nor for being loaded by a frame the page embeds (the embedding page shows live
// embeds). A file requested again (each frame fetches its own modules, and the bench's static server
// sends no validators, so they are downloaded again) counts once, as it would with any host that lets
// the browser cache or revalidate it; repeats are reported apart. Each body is gzipped here (same
// level as the budgets); "raw" is the plain body.
import { chromium, type Page, type Request, type Response } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../scripts/lib/find-chromium.mjs';
import { gzipSize } from '../../scripts/lib/budgets';

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
export interface LayoutShift {
  value: number;
  startMs: number;
  /** Chrome leaves these out of CLS; Lighthouse counts them in the first 500 ms (emulation sets the flag). */
  hadRecentInput: boolean;
  /** The elements that moved, e.g. "div.table-scroll: y 310→330, h 40→60". */
  sources: string[];
}
export interface PageTransfer {
  path: string;
  /** Layout shifts in a Lighthouse-like mobile viewport, to explain a CLS Lighthouse cannot attribute. */
  layoutShifts: LayoutShift[];
  status: number;
  requests: number;
  gzip: Record<Kind, number>;
  /** Of `gzip`, what the page's own start-up took: requests begun before the app marked itself ready (later ones prefetch other pages). */
  startup: Record<Kind, number>;
  /** When the page had the app started, and when the network fell idle, in ms after navigation began (null: no app). */
  appReadyMs: number | null;
  idleMs: number;
  /** Of `gzip.js`, what the page's embedded frames requested first. */
  framesJs: number;
  /** Files received again (not in the totals). */
  repeats: { requests: number; gzip: number };
  rawTotal: number;
  gzipTotal: number;
  files: Transfer[];
}

/** Lighthouse's default mobile screen (Moto G Power). */
const MOBILE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };

/**
 * Runs in the page: the buffered layout-shift entries, with where their sources moved. No named inner
 * functions: tsx (esbuild keepNames) would wrap them in a `__name()` helper the page does not have.
 */
function collectLayoutShifts(): Promise<LayoutShift[]> {
  interface Rect {
    y: number;
    height: number;
  }
  interface Entry extends PerformanceEntry {
    value: number;
    hadRecentInput: boolean;
    sources: { node: Node | null; previousRect: Rect; currentRect: Rect }[];
  }
  return new Promise((resolve) => {
    const shifts: LayoutShift[] = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as Entry[]) {
        const sources = e.sources.map((s) => {
          const el = s.node instanceof Element ? s.node : (s.node?.parentElement ?? null);
          const name = el
            ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')}`
            : '(removed node)';
          const [from, to] = [s.previousRect, s.currentRect];
          return `${name}: y ${String(Math.round(from.y))}→${String(Math.round(to.y))}, h ${String(Math.round(from.height))}→${String(Math.round(to.height))}`;
        });
        shifts.push({
          value: Number(e.value.toFixed(4)),
          startMs: Math.round(e.startTime),
          hadRecentInput: e.hadRecentInput,
          sources,
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
    setTimeout(() => resolve(shifts), 200);
  });
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

export async function measureTransfers(origin: string, paths: string[], executablePath: string) {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const pages: PageTransfer[] = [];
  try {
    for (const path of paths) {
      const context = await browser.newContext(MOBILE); // empty cache: a first visit
      const page = await context.newPage();
      const responses: Response[] = [];
      page.on('response', (r) => responses.push(r));
      const idle = watchNetwork(page);
      const navigated = Date.now();
      const main = await page.goto(origin + path, { waitUntil: 'load' });
      // The app starts after the first paint; it then prefetches for the links in view.
      await page
        .waitForFunction(() => performance.getEntriesByName('app-ready').length > 0, null, { timeout: APP_LIMIT_MS })
        .catch(() => undefined);
      await idle();
      const idleMs = Date.now() - navigated - QUIET_MS;
      const layoutShifts = await page.evaluate(collectLayoutShifts);
      const ready = await page.evaluate(readyTime);
      const seen = new Set<string>();
      const files: Transfer[] = [];
      for (const r of responses) {
        const t = await transferOf(page, r, ready.at);
        if (!t) continue;
        files.push({ ...t, repeat: seen.has(t.url) });
        seen.add(t.url);
      }
      const counted = files.filter((f) => !f.repeat);
      const gzip: Record<Kind, number> = { html: 0, css: 0, js: 0, other: 0 };
      const startup: Record<Kind, number> = { html: 0, css: 0, js: 0, other: 0 };
      for (const f of counted) {
        gzip[f.kind] += f.gzip;
        if (f.startup) startup[f.kind] += f.gzip;
      }
      const repeated = files.filter((f) => f.repeat);
      pages.push({
        path,
        layoutShifts,
        status: main?.status() ?? 0,
        requests: responses.length,
        gzip,
        startup,
        appReadyMs: ready.ms,
        idleMs,
        framesJs: counted.filter((f) => f.kind === 'js' && f.inFrame).reduce((sum, f) => sum + f.gzip, 0),
        repeats: { requests: repeated.length, gzip: repeated.reduce((sum, f) => sum + f.gzip, 0) },
        rawTotal: counted.reduce((sum, f) => sum + f.raw, 0),
        gzipTotal: counted.reduce((sum, f) => sum + f.gzip, 0),
        files,
      });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return pages;
}
