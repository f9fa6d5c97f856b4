import { Link } from 'wouter';
import { findEntry, statusLine } from '@/features/status-codes';
import { useLang } from '@/lib/lang-context';
import { useCodeLinks } from '@/lib/links';

/**
 * An HTTP status as a link to its page ("429 Too Many Requests") when the reference has one, else the
 * bare number: the gateway documents statuses (413, 494) the status tables do not carry.
 */
export function StatusLink({ status, short = false }: { status: number; short?: boolean }) {
  const lang = useLang();
  const links = useCodeLinks();
  const entry = findEntry(status);
  if (!entry) return <span>{status}</span>;
  return (
    <Link href={links.code(lang, status)} title={short ? statusLine(entry) : undefined}>
      {short ? String(status) : statusLine(entry)}
    </Link>
  );
}

/** Several statuses, in order, separated by slashes. */
export function StatusLinks({ statuses, short = false }: { statuses: readonly number[]; short?: boolean }) {
  return (
    <span className="status-links">
      {statuses.map((status, i) => (
        <span key={status}>
          {i > 0 && ' / '}
          <StatusLink status={status} short={short} />
        </span>
      ))}
    </span>
  );
}
