import { Link } from 'wouter';
import { findEntry, statusLine } from '@/features/status-codes';
import { useLang } from '@/lib/lang-context';
import { paths } from '@/lib/paths';

/** A status as a link to its page: "409 Conflict", or with `short` just "409" (the full line as its title). */
export function StatusLink({ status, short = false }: { status: number; short?: boolean }) {
  const lang = useLang();
  const entry = findEntry(status);
  if (!entry) return <>{status}</>;
  return (
    <Link href={paths.codeDetail(lang, status)} title={short ? statusLine(entry) : undefined}>
      {short ? String(status) : statusLine(entry)}
    </Link>
  );
}
