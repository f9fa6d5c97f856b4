/*
 * The search's public entry for other features: an index over one kind of code, loaded (engine and
 * text) on first use, so pages pay for search only when someone searches; and, for the index filters,
 * the site search's answer to an error typed into them.
 */
import { once } from '@/lib/tracked-promise';
import { loadSearchModule } from './load-module';

export type { FieldHighlight, SearchDoc, SearchHit, SearchIndex, SearchResult } from './engine/types';
export { openSiteSearch, SEARCH_REQUESTED_ATTRIBUTE } from './open-search';
export { PasteAnswer, usePasteAnswer, type PasteAnswerState } from './paste-answer-state';

// Pure: a module that imports only the recogniser (the npm package) leaves the loaders and their data out.
export const loadStatusSearch = /* @__PURE__ */ once(async () => (await loadSearchModule()).statusSearch());
export const loadErrorSearch = /* @__PURE__ */ once(async () => (await loadSearchModule()).errorSearch());
