import type { Page } from '@playwright/test';
import { recordFirstVisit } from '../../scripts/lib/first-visit';

export interface FirstLoad {
  js: number;
  css: number;
  html: number;
  files: { url: string; type: 'html' | 'css' | 'js'; gzip: number }[];
}

/**
 * Loads a page as a first visit and adds up what it downloads until the network is idle, as the
 * benchmark counts it (scripts/lib/first-visit.ts): frames and prefetches included, each file once.
 */
export async function measureFirstLoad(page: Page, url: string): Promise<FirstLoad> {
  const visit = await recordFirstVisit(page, url);
  if (visit.appReadyMs === null) throw new Error(`${url}: the app never marked itself ready`);
  const files = visit.files.flatMap((f) =>
    f.repeat || f.kind === 'other' ? [] : [{ url: f.url, type: f.kind, gzip: f.gzip }],
  );
  const sum = (type: string) => files.filter((f) => f.type === type).reduce((total, f) => total + f.gzip, 0);
  return { js: sum('js'), css: sum('css'), html: sum('html'), files };
}
