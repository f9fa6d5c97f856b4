/*
 * The API gateway's error codes (APIGW.0308): which exist, their source and how to load them, and the
 * pages' parts that routes compose.
 */
export { documentedGatewayCode, gatewayCodeIds } from './data/access';
export { gatewayCodesSource } from './data/source';
export { loadGatewayCatalogue, loadGatewayIndex } from './data/load';
export type { GatewayCatalogue, GatewayCatalogueEntry, GatewayIndex } from './data/split';
export type { GatewayCodeData } from './data/gateway-codes.schema';
export { GatewayCodeDetail } from './components/gateway-code-detail';
export {
  GATEWAY_CODES_HEADING,
  GatewayCodesForStatus,
  gatewayCodesForStatus,
} from './components/gateway-codes-for-status';
export { GatewayTable } from './components/gateway-table';

/** Where the build publishes the licence of the upstream page the gateway data is derived from. */
export const GATEWAY_UPSTREAM_LICENSE_FILE = 'licenses/gateway-codes-upstream.txt';
