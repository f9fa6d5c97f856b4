import type { ErrorPageData } from '@/features/error-codes';
import { ErrorCodeDetail } from '@/features/error-codes/components/error-code-detail';

export function ErrorCodeRoute({ code, data }: { code: string; data: ErrorPageData }) {
  return <ErrorCodeDetail code={code} index={data.index} details={data.details} />;
}
