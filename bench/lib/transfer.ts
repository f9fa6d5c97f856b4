// Transferred bytes of a first load: every response a fresh headless Chromium receives until the
// network is idle, by type. The static server does not compress, so each body is gzipped here (same
// level as the budgets); "raw" is the uncompressed body.
import { chromium, type Response } from '@playwright/test';
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
  /** What the page's own start-up took: requests begun before the app marked itself ready (later ones prefetch other pages). */
  startup: Record<Kind, number>;
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

async function transferOf(response: Response, readyAt: number): Promise<Transfer | null> {
  const body = await response.body().catch(() => null); // redirects and aborted requests have none
  if (!body) return null;
  const kind = KINDS[response.request().resourceType()] ?? 'other';
  const startup = response.request().timing().startTime <= readyAt;
  return { url: new URL(response.url()).pathname, kind, raw: body.length, gzip: gzipSize(body), startup };
}

/** Wall-clock time of the app's "app-ready" mark, or infinity when the page has no app. */
const readyTime = () => {
  const mark = performance.getEntriesByName('app-ready')[0];
  return mark ? performance.timeOrigin + mark.startTime : Number.POSITIVE_INFINITY;
};

export async function measureTransfers(origin: string, paths: string[], executablePath: string) {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const pages: PageTransfer[] = [];
  try {
    for (const path of paths) {
      const context = await browser.newContext(MOBILE); // empty cache: a first visit
      const page = await context.newPage();
      const responses: Response[] = [];
      page.on('response', (r) => responses.push(r));
      const main = await page.goto(origin + path, { waitUntil: 'networkidle' });
      const layoutShifts = await page.evaluate(collectLayoutShifts);
      const readyAt = await page.evaluate(readyTime);
      const files = (await Promise.all(responses.map((r) => transferOf(r, readyAt)))).filter(
        (t): t is Transfer => t !== null,
      );
      const gzip: Record<Kind, number> = { html: 0, css: 0, js: 0, other: 0 };
      const startup: Record<Kind, number> = { html: 0, css: 0, js: 0, other: 0 };
      for (const f of files) {
        gzip[f.kind] += f.gzip;
        if (f.startup) startup[f.kind] += f.gzip;
      }
      pages.push({
        path,
        layoutShifts,
        status: main?.status() ?? 0,
        requests: responses.length,
        gzip,
        startup,
        rawTotal: files.reduce((sum, f) => sum + f.raw, 0),
        gzipTotal: files.reduce((sum, f) => sum + f.gzip, 0),
        files,
      });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return pages;
}
