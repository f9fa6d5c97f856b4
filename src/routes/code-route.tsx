import { ErrorCodesForStatus } from '@/features/error-codes/components/error-codes-for-status';
import { CodeDetail } from '@/features/status-codes/components/code-detail';
import { findEntry } from '@/features/status-codes/data/access';

export function CodeRoute({ code }: { code: number }) {
  const entry = findEntry(code);
  // The route table only yields codes that exist; the guard keeps the types honest.
  return entry ? (
    <CodeDetail entry={entry}>
      <ErrorCodesForStatus status={code} />
    </CodeDetail>
  ) : null;
}
