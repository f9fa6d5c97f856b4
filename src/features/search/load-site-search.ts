import { use } from 'react';
import { once } from '@/lib/tracked-promise';
import { createSearchIndex } from './engine/search';
import { recognizePaste } from './paste/recognize';
import type { Recognized, SearchIndex } from './engine/types';

export interface SiteSearch {
  index: SearchIndex;
  /** What a pasted error says: codes, statuses, messages (empty when the text is not an error paste). */
  recognize: (text: string) => Recognized[];
  /** Every status a documented error code occurs with, ascending. */
  statusesOf: (code: string) => number[];
}

/* The searched text (every code, both languages) is built by the build and loads with the dialog. */
export const loadSiteSearch = once(async (): Promise<SiteSearch> => {
  const corpus = await import('virtual:search/corpus');
  const index = createSearchIndex(corpus.docs, corpus.synonyms);
  const errorCodes = corpus.docs.filter((d) => d.kind === 'error').map((d) => d.code);
  const statuses = new Map<string, Set<number>>();
  for (const m of corpus.messages)
    for (const s of m.statuses) (statuses.get(m.code) ?? statuses.set(m.code, new Set()).get(m.code)!).add(s);
  return {
    index,
    recognize: (text) => recognizePaste(text, { errorCodes, messages: corpus.messages }),
    statusesOf: (code) => [...(statuses.get(code) ?? [])].sort((a, b) => a - b),
  };
});

export const useSiteSearch = () => use(loadSiteSearch());
