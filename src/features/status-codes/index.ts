/*
 * The status-code reference's public entry: which status codes are documented and how to name one
 * ("409 Conflict"), their guidance, and the pages' parts that routes compose.
 */
export { findEntry, statusCodesSource, statusLine, statusCodes } from './data/access';
export type { CodeDetails, StatusCode, StatusCodeData } from './data/status-codes';
export { classOf } from './data/status-class';
export { loadStatusDetails } from './data/load';
export { nearestDocumentedCodes } from './data/nearest';
export { CodeCard } from './components/code-card';
export { CodeDetail } from './components/code-detail';
export { NearestCodes } from './components/code-link-list';
/** The index's tables and filter, loaded with the page (the route table's `data`); the route hands them the search. */
export { LazySearchableTables, preloadSearchableTables } from './components/lazy-searchable-tables';
