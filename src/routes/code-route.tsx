import { type ErrorIndex, ERROR_CODES_HEADING, ErrorCodesForStatus, errorCodesForStatus } from '@/features/error-codes';
import {
  type GatewayIndex,
  GATEWAY_CODES_HEADING,
  GatewayCodesForStatus,
  gatewayCodesForStatus,
} from '@/features/gateway-codes';
import { NEUTRON_TYPES_HEADING, NeutronTypesForStatus, neutronTypesForStatus } from '@/features/neutron-errors';
import { CodeDetail, findEntry, type CodeDetails } from '@/features/status-codes';
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
