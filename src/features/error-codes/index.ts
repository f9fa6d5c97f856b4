/*
 * The error-code catalogue's public entry for other features: which codes exist, their index
 * (titles, statuses) and how to load it. Pages compose the catalogue's components through routes.
 */
export {
  documentedErrorCode,
  errorCodeIds,
  errorCodesSource,
  errorCodeNumber,
  formatErrorCode,
  nearestErrorCodes,
} from './data/access';
export { loadErrorIndex, useErrorIndex } from './data/load';
export type { ErrorIndex, ErrorIndexEntry } from './data/split';
