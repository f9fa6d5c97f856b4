/*
 * The status-code reference's public entry for other features: which status codes are documented,
 * and how to name one ("409 Conflict").
 */
export { findEntry, statusCodesSource, statusLine, statusCodes } from './data/access';
export type { StatusCode, StatusCodeData } from './data/status-codes';
