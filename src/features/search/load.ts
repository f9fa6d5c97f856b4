import { createSearchIndex } from './engine/search';
import type { KnownMessage, SearchDoc, SearchIndex, Synonyms } from './engine/types';
import { recognizePaste, type Known } from './paste/recognize';
import type { SiteSearch } from './load-site-search';

/*
 * The engine and the text it searches, by kind: the status index filters with the status codes'
 * text alone, the error catalogue with the error codes', the site search with both. Each text is
 * its own chunk (scripts/vite-plugin-data.ts), built into an index once, on first use. The site search
 * also searches the Neutron-compatible API's error types, whose chunk carries what the paste recogniser
 * compares with (`knownNeutron`).
 */

type Corpus = { docs: SearchDoc[]; synonyms: Synonyms };
const statusCorpus = (): Promise<Corpus> => import('virtual:search/corpus/status');
const errorCorpus = (): Promise<Corpus & { messages: KnownMessage[] }> => import('virtual:search/corpus/error');
const neutronCorpus = (): Promise<{ docs: SearchDoc[]; neutron: KnownNeutron }> =>
  import('virtual:search/corpus/neutron');

export const statusSearch = async (): Promise<SearchIndex> => {
  const { docs, synonyms } = await statusCorpus();
  return createSearchIndex(docs, synonyms);
};

export const errorSearch = async (): Promise<SearchIndex> => {
  const { docs, synonyms } = await errorCorpus();
  return createSearchIndex(docs, synonyms);
};

type KnownNeutron = NonNullable<Known['neutron']>;

export async function siteSearch(): Promise<SiteSearch> {
  const [status, { docs, messages, synonyms }, { docs: neutronDocs, neutron }] = await Promise.all([
    statusCorpus(),
    errorCorpus(),
    neutronCorpus(),
  ]);
  const index = createSearchIndex([...status.docs, ...docs, ...neutronDocs], synonyms);
  const errorCodes = docs.map((d) => d.code);
  const statuses = new Map<string, Set<number>>();
  for (const m of messages) {
    const set = statuses.get(m.code) ?? new Set<number>();
    for (const s of m.statuses) set.add(s);
    statuses.set(m.code, set);
  }
  return {
    index,
    recognize: (text) => recognizePaste(text, { errorCodes, messages, neutron }),
    statusesOf: (code) => [...(statuses.get(code) ?? [])].sort((a, b) => a - b),
  };
}
