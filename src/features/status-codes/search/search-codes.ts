import { statusCodes } from '../data/access';
import type { StatusCode } from '../data/status-codes';
import { createSearchIndex, nearestCodes, type ClassFilter, type SearchIndex, type SearchMatch } from './search';

let index: SearchIndex<StatusCode> | undefined;

/** Searches the documented codes; the index is built on first use, not while the page starts. */
export function searchCodes(query: string, classFilter: ClassFilter): SearchMatch<StatusCode>[] {
  index ??= createSearchIndex(statusCodes);
  return index.search(query, { classFilter });
}

export const nearestDocumentedCodes = (query: string, classFilter: ClassFilter = 'all') =>
  nearestCodes(query, statusCodes, 3, { classFilter });
