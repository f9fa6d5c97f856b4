import raw from './data/gateway-codes.json' with { type: 'json' };
import type { GatewayCodeData } from './data/gateway-codes.schema';

/*
 * The gateway codes' build entry: the whole data module and the upstream page's licence, for the server
 * entry (which publishes the licence beside the pages) and tests. Browser code uses index.ts; the
 * linter keeps this entry out of it.
 */
export const gatewayCodeData = raw as GatewayCodeData;
/** Loaded when asked for, so tools that run this entry outside Vite (the bench) need no `?raw` loader. */
export const loadGatewayCodesUpstreamLicence = async () => (await import('./data/UPSTREAM-LICENSE.txt?raw')).default;
