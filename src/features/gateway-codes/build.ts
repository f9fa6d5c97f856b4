import raw from './data/gateway-codes.json' with { type: 'json' };
import type { GatewayCodeData } from './data/gateway-codes.schema';

/*
 * The gateway codes' build entry: the whole data module and the upstream page's licence, for the server
 * entry (which publishes the licence beside the pages) and tests. Browser code uses index.ts; the
 * linter keeps this entry out of it.
 */
export const gatewayCodeData = raw as GatewayCodeData;
export { default as gatewayCodesUpstreamLicence } from './data/UPSTREAM-LICENSE.txt?raw';
