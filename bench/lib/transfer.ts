// Transferred bytes of a first visit on a phone, page by page: what scripts/lib/first-visit.ts records
// (every response until the network is idle, frames and prefetches included, repeats apart), summed by
// type, with the layout shifts of the same load.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../scripts/lib/find-chromium.mjs';
import { recordFirstVisit, type Kind, type Transfer } from '../../scripts/lib/first-visit';

export type { Kind, Transfer };
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

export async function measureTransfers(origin: string, paths: string[], executablePath: string) {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const pages: PageTransfer[] = [];
  try {
    for (const path of paths) {
      const context = await browser.newContext(MOBILE); // empty cache: a first visit
      const page = await context.newPage();
      const visit = await recordFirstVisit(page, origin + path);
      const layoutShifts = await page.evaluate(collectLayoutShifts);
      const { files } = visit;
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
        status: visit.status,
        requests: visit.requests,
        gzip,
        startup,
        appReadyMs: visit.appReadyMs,
        idleMs: visit.idleMs,
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
