/*
 * The search's public entry for other features: an index over one kind of code, loaded (engine and
 * text) on first use, so pages pay for search only when someone searches.
 */
import { once } from '@/lib/tracked-promise';

export type { FieldHighlight, SearchDoc, SearchHit, SearchIndex, SearchResult } from './engine/types';

export const loadStatusSearch = once(async () => (await import('./load')).statusSearch());
export const loadErrorSearch = once(async () => (await import('./load')).errorSearch());
