/*
 * The status codes' build entry: the whole data module and its schema, for the server entry (which
 * publishes them as /status-codes.json) and tests. Browser code uses index.ts, which ships only the
 * pieces a page shows; the linter keeps this entry out of it.
 */
export { statusCodeData } from './data/status-codes';
export { statusCodesSchema } from './data/status-codes.schema';
