import type { ErrorIndex } from '@/features/error-codes';
import type { GatewayIndex } from '@/features/gateway-codes';
import {
  ERROR_CODES_HEADING,
  ErrorCodesForStatus,
  errorCodesForStatus,
} from '@/features/error-codes/components/error-codes-for-status';
import {
  GATEWAY_CODES_HEADING,
  GatewayCodesForStatus,
  gatewayCodesForStatus,
} from '@/features/gateway-codes/components/gateway-codes-for-status';
import {
  NEUTRON_TYPES_HEADING,
  NeutronTypesForStatus,
} from '@/features/neutron-errors/components/neutron-types-for-status';
import { neutronTypesForStatus } from '@/features/neutron-errors/data/access';
import { CodeDetail } from '@/features/status-codes/components/code-detail';
import { findEntry } from '@/features/status-codes/data/access';
import type { CodeDetails } from '@/features/status-codes/data/status-codes';
import { useUiText } from '@/locales/use-ui-text';

interface Props {
  code: number;
  data: { details: CodeDetails | undefined; errorIndex: ErrorIndex; gatewayIndex: GatewayIndex };
}

export function CodeRoute({ code, data: { details, errorIndex, gatewayIndex } }: Props) {
  const t = useUiText();
  const entry = findEntry(code);
  // The route table only yields codes that exist; the guard keeps the types honest.
  if (!entry) return null;
  const extra = [
    ...(errorCodesForStatus(errorIndex, code).length
      ? [
          {
            id: ERROR_CODES_HEADING,
            label: t('errors.forStatusHeading'),
            content: <ErrorCodesForStatus status={code} index={errorIndex} />,
          },
        ]
      : []),
    ...(gatewayCodesForStatus(gatewayIndex, code).length
      ? [
          {
            id: GATEWAY_CODES_HEADING,
            label: t('gateway.forStatusHeading'),
            content: <GatewayCodesForStatus status={code} index={gatewayIndex} />,
          },
        ]
      : []),
    ...(neutronTypesForStatus(code).length
      ? [
          {
            id: NEUTRON_TYPES_HEADING,
            label: t('neutron.forStatusHeading'),
            content: <NeutronTypesForStatus status={code} />,
          },
        ]
      : []),
  ];
  return <CodeDetail entry={entry} details={details} extra={extra} />;
}
