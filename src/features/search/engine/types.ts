/*
 * The one search over every code the site explains. What comes out (documents, hits, the index) is the
 * contract in src/lib/search-index.ts, which the catalogue pages read too; what goes in is here.
 */
export type * from '@/lib/search-index';

/** Groups of words and phrases that mean the same to a reader (超时, 等待时间, timeout): any finds all. */
export interface Synonyms {
  groups: string[][];
}

/* What the paste recogniser finds and compares with (src/lib/paste/): part of what the search hands its results. */
export type { KnownMessage, Recognized } from '@/lib/paste/types';
