import { CodeCard, findEntry, type CodeDetails } from '@/features/status-codes';

/** One code as a compact card: the embed's answer to a code URL. */
export function EmbedCodeRoute({ code, data }: { code: number; data: { details: CodeDetails | undefined } }) {
  const entry = findEntry(code);
  // The route table only yields codes that exist; the guard keeps the types honest.
  return entry ? <CodeCard entry={entry} details={data.details} /> : null;
}
