import type { ErrorIndex } from '@/features/error-codes';
import {
  ERROR_CODES_HEADING,
  ErrorCodesForStatus,
  errorCodesForStatus,
} from '@/features/error-codes/components/error-codes-for-status';
import { CodeDetail } from '@/features/status-codes/components/code-detail';
import { findEntry } from '@/features/status-codes/data/access';
import type { CodeDetails } from '@/features/status-codes/data/status-codes';
import { useUiText } from '@/locales/use-ui-text';

interface Props {
  code: number;
  data: { details: CodeDetails | undefined; errorIndex: ErrorIndex };
}

export function CodeRoute({ code, data: { details, errorIndex } }: Props) {
  const t = useUiText();
  const entry = findEntry(code);
  // The route table only yields codes that exist; the guard keeps the types honest.
  if (!entry) return null;
  const extra = errorCodesForStatus(errorIndex, code).length
    ? {
        id: ERROR_CODES_HEADING,
        label: t('errors.forStatusHeading'),
        content: <ErrorCodesForStatus status={code} index={errorIndex} />,
      }
    : undefined;
  return <CodeDetail entry={entry} details={details} extra={extra} />;
}
