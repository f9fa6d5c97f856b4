import { ErrorCodeCard } from '@/features/error-codes/components/error-code-card';

/** One error code as a compact card: the embed's answer to an error-code URL. */
export function EmbedErrorRoute({ code }: { code: string }) {
  return <ErrorCodeCard code={code} />;
}
