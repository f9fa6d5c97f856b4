import { type ErrorPageData, ErrorCodeDetail } from '@/features/error-codes';

export function ErrorCodeRoute({ code, data }: { code: string; data: ErrorPageData }) {
  return <ErrorCodeDetail code={code} index={data.index} details={data.details} />;
}
