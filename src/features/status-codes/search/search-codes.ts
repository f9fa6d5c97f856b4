import { statusCodes, type StatusCodeEntry } from '../data/status-codes';
import { createSearchIndex, nearestCodes, type ClassFilter, type SearchIndex, type SearchMatch } from './search';

let index: SearchIndex<StatusCodeEntry> | undefined;

/** Searches the documented codes; the index is built on first use, not while the page starts. */
export function searchCodes(query: string, classFilter: ClassFilter): SearchMatch<StatusCodeEntry>[] {
  index ??= createSearchIndex(statusCodes);
  return index.search(query, { classFilter });
}

export const nearestDocumentedCodes = (query: string, classFilter: ClassFilter = 'all') =>
  nearestCodes(query, statusCodes, 3, { classFilter });
