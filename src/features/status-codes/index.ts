/*
 * The status-code reference's public entry for other features: which status codes are documented,
 * and how to name one ("409 Conflict").
 */
export { findEntry, statusCodesSource, statusLine, statusCodes } from './data/access';
export type { CodeDetails, StatusCode, StatusCodeData } from './data/status-codes';
export { loadStatusDetails } from './data/load';
/** The index's tables and search, loaded with the page (the route table's `data`). */
export { preloadSearchableTables } from './components/lazy-searchable-tables';
