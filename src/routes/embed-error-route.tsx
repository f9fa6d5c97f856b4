import { type ErrorPageData, ErrorCodeCard } from '@/features/error-codes';

/** One error code as a compact card: the embed's answer to an error-code URL. */
export function EmbedErrorRoute({ code, data }: { code: string; data: ErrorPageData }) {
  return <ErrorCodeCard code={code} index={data.index} details={data.details} />;
}
