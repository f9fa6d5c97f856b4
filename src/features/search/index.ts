/*
 * The search's public entry for other features: an index over one kind of code, loaded (engine and
 * text) on first use, so pages pay for search only when someone searches.
 */
import { once } from '@/lib/tracked-promise';

export type { FieldHighlight, SearchDoc, SearchHit, SearchIndex, SearchResult } from './engine/types';

// Pure: a module that imports only the recogniser (the npm package) leaves the loaders and their data out.
export const loadStatusSearch = /* @__PURE__ */ once(async () => (await import('./load')).statusSearch());
export const loadErrorSearch = /* @__PURE__ */ once(async () => (await import('./load')).errorSearch());

/* The paste recogniser, for the explainer (features/explain): one recogniser for the site and the package. */
export { recognizePaste, type Known } from './paste/recognize';
export type { KnownMessage, Recognized } from './engine/types';
