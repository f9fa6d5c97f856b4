import type { Lang } from '@/lib/languages';
import { createSearchIndex } from './engine/search';
import type { KnownMessage, SearchDoc, SearchIndex, Synonyms } from './engine/types';
import { recognizePaste, type Known, type KnownGateway, type KnownNeutron } from '@/lib/paste/recognize';
import type { SiteSearch } from './load-site-search';
import type { TableAnswerOptions } from '@/lib/search-index';
import type { PasteAnswerState } from './components/paste-answer';

/*
 * The engine and the text it searches, by kind: the status index filters with the status codes'
 * text alone, the error catalogue with the error codes', the site search with every kind. Each text is
 * its own chunk (scripts/vite-plugin-data.ts), built into an index once, on first use. The gateway and
 * Neutron chunks carry what the paste recogniser compares with (`knownGateway`, `knownNeutron`) and
 * no synonyms of their own: they always load with the others.
 */

type Corpus = { docs: SearchDoc[]; synonyms: Synonyms };
const statusCorpus = (): Promise<Corpus> => import('virtual:search/corpus/status');
const errorCorpus = (): Promise<Corpus & { messages: KnownMessage[] }> => import('virtual:search/corpus/error');
const gatewayCorpus = (): Promise<{ docs: SearchDoc[]; gateway: KnownGateway[] }> =>
  import('virtual:search/corpus/gateway');
const neutronCorpus = (): Promise<{ docs: SearchDoc[]; neutron: KnownNeutron[] }> =>
  import('virtual:search/corpus/neutron');

export const statusSearch = async (): Promise<SearchIndex> => {
  const { docs, synonyms } = await statusCorpus();
  return createSearchIndex(docs, synonyms);
};

export const errorSearch = async (): Promise<SearchIndex> => {
  const { docs, synonyms } = await errorCorpus();
  return createSearchIndex(docs, synonyms);
};

export async function siteSearch(): Promise<SiteSearch> {
  const [status, { docs, messages, synonyms }, { docs: gatewayDocs, gateway }, { docs: neutronDocs, neutron }] =
    await Promise.all([statusCorpus(), errorCorpus(), gatewayCorpus(), neutronCorpus()]);
  const index = createSearchIndex([...status.docs, ...docs, ...gatewayDocs, ...neutronDocs], synonyms);
  const statuses = new Map<string, Set<number>>();
  const add = (code: string, status: number) => statuses.set(code, (statuses.get(code) ?? new Set()).add(status));
  for (const m of messages) for (const s of m.statuses) add(m.code, s);
  for (const g of gateway) add(g.code, g.status);
  for (const n of neutron) add(n.type, n.status);
  // Built once: the recogniser compiles the messages and templates once per list.
  const known: Known = { errorCodes: docs.map((d) => d.code), messages, gateway, neutron };
  return {
    index,
    recognize: (text) => recognizePaste(text, known),
    statusesOf: (code) => [...(statuses.get(code) ?? [])].sort((a, b) => a - b),
  };
}

/** An index filter's answer to an error typed into it: its view and the recogniser load only then. */
export const pasteAnswer = async (
  text: string,
  options: TableAnswerOptions,
  lang: Lang,
): Promise<PasteAnswerState | null> => (await import('./components/paste-answer')).answerFor(text, options, lang);
