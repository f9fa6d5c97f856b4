import type { Lang } from '@/lib/languages';
import { createSearchIndex } from './engine/search';
import type { KnownMessage, SearchDoc, SearchIndex, Synonyms } from './engine/types';
import { recognizePaste } from './paste/recognize';
import type { SiteSearch } from './load-site-search';
import type { PasteAnswerOptions, PasteAnswerState } from './components/paste-answer';

/*
 * The engine and the text it searches, by kind: the status index filters with the status codes'
 * text alone, the error catalogue with the error codes', the site search with both. Each text is
 * its own chunk (scripts/vite-plugin-data.ts), built into an index once, on first use.
 */

type Corpus = { docs: SearchDoc[]; synonyms: Synonyms };
const statusCorpus = (): Promise<Corpus> => import('virtual:search/corpus/status');
const errorCorpus = (): Promise<Corpus & { messages: KnownMessage[] }> => import('virtual:search/corpus/error');

export const statusSearch = async (): Promise<SearchIndex> => {
  const { docs, synonyms } = await statusCorpus();
  return createSearchIndex(docs, synonyms);
};

export const errorSearch = async (): Promise<SearchIndex> => {
  const { docs, synonyms } = await errorCorpus();
  return createSearchIndex(docs, synonyms);
};

export async function siteSearch(): Promise<SiteSearch> {
  const [status, { docs, messages, synonyms }] = await Promise.all([statusCorpus(), errorCorpus()]);
  const index = createSearchIndex([...status.docs, ...docs], synonyms);
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

/** An index filter's answer to an error typed into it: its view and the recogniser load only then. */
export const pasteAnswer = async (
  text: string,
  options: PasteAnswerOptions,
  lang: Lang,
): Promise<PasteAnswerState | null> => (await import('./components/paste-answer')).answerFor(text, options, lang);
