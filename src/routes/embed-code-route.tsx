import { CodeCard } from '@/features/status-codes/components/code-card';
import { findEntry } from '@/features/status-codes/data/access';

/** One code as a compact card: the embed's answer to a code URL. */
export function EmbedCodeRoute({ code }: { code: number }) {
  const entry = findEntry(code);
  // The route table only yields codes that exist; the guard keeps the types honest.
  return entry ? <CodeCard entry={entry} /> : null;
}
