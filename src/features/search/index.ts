/*
 * The search's public entry: the site search dialog; for each catalogue page, the search its filter
 * uses (engine and text loaded on first use, so pages pay for search only when someone searches) with
 * the site search's answer to an error typed into it. Routes hand these to the catalogue pages.
 */
import type { TableSearch } from '@/lib/search-index';
import { once } from '@/lib/tracked-promise';
import { loadSearchModule } from './load-module';
import { tableAnswer } from './table-answer';

export type { FieldHighlight, SearchDoc, SearchHit, SearchIndex, SearchResult, Synonyms } from './engine/types';
export { openSiteSearch, SEARCH_REQUESTED_ATTRIBUTE } from './open-search';
export { SiteSearch } from './components/site-search';

// Pure: a page that takes only the dialog from this entry leaves the loaders out.
const loadStatusSearch = /* @__PURE__ */ once(async () => (await loadSearchModule()).statusSearch());
const loadErrorSearch = /* @__PURE__ */ once(async () => (await loadSearchModule()).errorSearch());

/** The status-code tables' search (the index and its embed). */
export const statusTableSearch: TableSearch = { load: loadStatusSearch, answer: tableAnswer };

/** The error-code catalogue's search. */
export const errorTableSearch: TableSearch = { load: loadErrorSearch, answer: tableAnswer };
