import { useLang } from '@/lib/lang-context';
import { useGatewayCatalogue } from '../data/load';

/** The gateway codes documented with a status, in code order. */
export function useGatewayCodesForStatus(status: number) {
  const lang = useLang();
  return useGatewayCatalogue(lang).codes.filter((e) => e.responses.some((r) => r.status === status));
}

export const GATEWAY_CODES_HEADING = 'gateway-codes-heading';
