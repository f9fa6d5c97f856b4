/*
 * The error-code catalogue's public entry for other features: which codes exist, their index
 * (titles, statuses) and how to load it. Pages compose the catalogue's components through routes.
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
/** The catalogue page's chunk, loaded with the page (the route table's `data`). */
export { preloadErrorCatalogue } from './components/lazy-error-catalogue';
export type { ErrorCodeData } from './data/error-codes.schema';

/** Where the build publishes the licence of the upstream page the error-code data is derived from. */
export const UPSTREAM_LICENSE_FILE = 'licenses/error-codes-upstream.txt';
