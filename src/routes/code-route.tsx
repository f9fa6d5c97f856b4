import {
  ERROR_CODES_HEADING,
  ErrorCodesForStatus,
  useErrorCodesForStatus,
} from '@/features/error-codes/components/error-codes-for-status';
import {
  GATEWAY_CODES_HEADING,
  GatewayCodesForStatus,
  useGatewayCodesForStatus,
} from '@/features/gateway-codes/components/gateway-codes-for-status';
import { CodeDetail } from '@/features/status-codes/components/code-detail';
import { findEntry } from '@/features/status-codes/data/access';
import { useUiText } from '@/locales/use-ui-text';

export function CodeRoute({ code }: { code: number }) {
  const t = useUiText();
  const errorCodes = useErrorCodesForStatus(code);
  const gatewayCodes = useGatewayCodesForStatus(code);
  const entry = findEntry(code);
  // The route table only yields codes that exist; the guard keeps the types honest.
  if (!entry) return null;
  const extra = [
    ...(errorCodes.length
      ? [
          {
            id: ERROR_CODES_HEADING,
            label: t('errors.forStatusHeading'),
            content: <ErrorCodesForStatus status={code} />,
          },
        ]
      : []),
    ...(gatewayCodes.length
      ? [
          {
            id: GATEWAY_CODES_HEADING,
            label: t('gateway.forStatusHeading'),
            content: <GatewayCodesForStatus status={code} />,
          },
        ]
      : []),
  ];
  return <CodeDetail entry={entry} extra={extra} />;
}
