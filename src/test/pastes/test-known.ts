import { errorCodeData } from '@/features/error-codes/build';
import { gatewayCodeData } from '@/features/gateway-codes/build';
import { knownNeutron, neutronErrorData } from '@/features/neutron-errors/build';
import { knownGatewayCodes, knownMessages } from '@/lib/paste/known';
import type { Known, KnownGateway, KnownNeutron } from '@/lib/paste/recognize';

/*
 * What the recogniser's tests compare pastes with: the real VPC error data and the gateway and Neutron
 * catalogues, in the shapes the site search and the explainer build from them (src/lib/paste/known.ts).
 */

/** The API gateway's codes, from the gateway catalogue. */
export const TEST_GATEWAY: readonly KnownGateway[] = knownGatewayCodes(gatewayCodeData.codes);

/** The Neutron-compatible API's error types, from the Neutron catalogue. */
export const TEST_NEUTRON: readonly KnownNeutron[] = knownNeutron(neutronErrorData);

/** The real VPC error codes and messages with the lists above: what every recogniser test uses. */
export const TEST_KNOWN: Known = {
  errorCodes: errorCodeData.codes.map((c) => c.code),
  messages: knownMessages(errorCodeData.codes),
  gateway: TEST_GATEWAY,
  neutron: TEST_NEUTRON,
};
