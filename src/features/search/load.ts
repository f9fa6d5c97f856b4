import { synonyms } from './data/synonyms';
import { createSearchIndex } from './engine/search';
import type { KnownMessage, SearchDoc, SearchIndex } from './engine/types';
import { recognizePaste } from './paste/recognize';
import type { SiteSearch } from './load-site-search';

/*
 * The engine and the text it searches, by kind: the status index filters with the status codes'
 * text alone, the error catalogue with the error codes', the site search with both. Each text is
 * its own chunk (scripts/vite-plugin-data.ts), built into an index once, on first use.
 */

const statusDocs = async (): Promise<SearchDoc[]> => (await import('virtual:search/corpus/status')).docs;
const errorCorpus = async (): Promise<{ docs: SearchDoc[]; messages: KnownMessage[] }> =>
  import('virtual:search/corpus/error');

export const statusSearch = async (): Promise<SearchIndex> => createSearchIndex(await statusDocs(), synonyms);

export const errorSearch = async (): Promise<SearchIndex> => createSearchIndex((await errorCorpus()).docs, synonyms);

export async function siteSearch(): Promise<SiteSearch> {
  const [status, { docs, messages }] = await Promise.all([statusDocs(), errorCorpus()]);
  const index = createSearchIndex([...status, ...docs], synonyms);
  const errorCodes = docs.map((d) => d.code);
  const statuses = new Map<string, Set<number>>();
  for (const m of messages) {
    const set = statuses.get(m.code) ?? new Set<number>();
    for (const s of m.statuses) set.add(s);
    statuses.set(m.code, set);
  }
  return {
    index,
    recognize: (text) => recognizePaste(text, { errorCodes, messages }),
    statusesOf: (code) => [...(statuses.get(code) ?? [])].sort((a, b) => a - b),
  };
}
