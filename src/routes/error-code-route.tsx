import { ErrorCodeDetail } from '@/features/error-codes/components/error-code-detail';

export function ErrorCodeRoute({ code }: { code: string }) {
  return <ErrorCodeDetail code={code} />;
}
