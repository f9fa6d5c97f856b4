import { use } from 'react';
import { once } from '@/lib/tracked-promise';
import type { Recognized, SearchIndex } from './engine/types';
import { loadSearchModule } from './load-module';

export interface SiteSearch {
  index: SearchIndex;
  /** What a pasted error says: codes, statuses, messages (empty when the text is not an error paste). */
  recognize: (text: string) => Recognized[];
  /** Every status a documented error code occurs with, ascending. */
  statusesOf: (code: string) => number[];
}

/* The engine and every text of both kinds load with the dialog, on first use. */
export const loadSiteSearch = once(async () => (await loadSearchModule()).siteSearch());

export const useSiteSearch = () => use(loadSiteSearch());
