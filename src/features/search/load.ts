import { createSearchIndex } from './engine/search';
import type { KnownGateway } from './paste/recognize';
import type { KnownMessage, SearchDoc, SearchIndex, Synonyms } from './engine/types';
import { recognizePaste } from './paste/recognize';
import type { SiteSearch } from './load-site-search';

/*
 * The engine and the text it searches, by kind: the status index filters with the status codes'
 * text alone, the error catalogue with the error codes', the site search with both. Each text is
 * its own chunk (scripts/vite-plugin-data.ts), built into an index once, on first use.
 */

type Corpus = { docs: SearchDoc[]; synonyms: Synonyms };
const statusCorpus = (): Promise<Corpus> => import('virtual:search/corpus/status');
const errorCorpus = (): Promise<Corpus & { messages: KnownMessage[] }> => import('virtual:search/corpus/error');
const gatewayCorpus = (): Promise<Corpus & { gateway: KnownGateway[] }> => import('virtual:search/corpus/gateway');

export const statusSearch = async (): Promise<SearchIndex> => {
  const { docs, synonyms } = await statusCorpus();
  return createSearchIndex(docs, synonyms);
};

export const errorSearch = async (): Promise<SearchIndex> => {
  const { docs, synonyms } = await errorCorpus();
  return createSearchIndex(docs, synonyms);
};

export async function siteSearch(): Promise<SiteSearch> {
  const [status, { docs, messages, synonyms }, { docs: gatewayDocs, gateway }] = await Promise.all([
    statusCorpus(),
    errorCorpus(),
    gatewayCorpus(),
  ]);
  const index = createSearchIndex([...status.docs, ...docs, ...gatewayDocs], synonyms);
  const errorCodes = docs.map((d) => d.code);
  const statuses = new Map<string, Set<number>>();
  for (const m of messages) {
    const set = statuses.get(m.code) ?? new Set<number>();
    for (const s of m.statuses) set.add(s);
    statuses.set(m.code, set);
  }
  for (const g of gateway) statuses.set(g.code, (statuses.get(g.code) ?? new Set<number>()).add(g.status));
  return {
    index,
    recognize: (text) => recognizePaste(text, { errorCodes, messages, gateway }),
    statusesOf: (code) => [...(statuses.get(code) ?? [])].sort((a, b) => a - b),
  };
}
