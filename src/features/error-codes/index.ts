/*
 * The error-code catalogue's public entry: which codes exist, their index (titles, statuses) and how
 * to load it, and the pages' parts that routes compose.
 */
export {
  documentedErrorCode,
  errorAreas,
  errorCodeIds,
  errorCodesSource,
  errorCodeNumber,
  formatErrorCode,
  nearestErrorCodes,
} from './data/access';
export { loadErrorIndex, loadErrorPage, type ErrorPageData } from './data/load';
export type { ErrorIndex, ErrorIndexEntry } from './data/split';
/** The catalogue page's chunk, loaded with the page (the route table's `data`); the route hands it the search. */
export { LazyErrorCatalogue, preloadErrorCatalogue } from './components/lazy-error-catalogue';
export { ErrorCodeCard } from './components/error-code-card';
export { ErrorCodeDetail } from './components/error-code-detail';
export { ErrorCodeList } from './components/error-code-list';
export { ERROR_CODES_HEADING, ErrorCodesForStatus, errorCodesForStatus } from './components/error-codes-for-status';
export type { ErrorCodeData } from './data/error-codes.schema';

/** Where the build publishes the licence of the upstream page the error-code data is derived from. */
export const UPSTREAM_LICENSE_FILE = 'licenses/error-codes-upstream.txt';
