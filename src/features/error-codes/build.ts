import raw from './data/error-codes.json' with { type: 'json' };
import type { ErrorCodeData } from './data/error-codes.schema';

/*
 * The error codes' build entry: the whole data module, its schema and the upstream page's licence, for
 * the server entry (which publishes them beside the pages), tests and tools. Browser code uses index.ts, which
 * ships only the pieces a page shows; the linter keeps this entry out of it.
 */
export const errorCodeData = raw as ErrorCodeData;
export { errorCodesSchema } from './data/error-codes.schema';
/** Loaded when asked for, so tools that run this entry outside Vite (the bench) need no `?raw` loader. */
export const loadErrorCodesUpstreamLicence = async () => (await import('./data/UPSTREAM-LICENSE.txt?raw')).default;
