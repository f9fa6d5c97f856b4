import { Link } from 'wouter';
import { findEntry, statusLine } from '@/features/status-codes';
import { useLang } from '@/lib/lang-context';
import { useCodeLinks } from '@/lib/links';

/** HTTP statuses as links to their pages ("409 Conflict"); with `short`, just the number. */
export function StatusLinks({ statuses, short = false }: { statuses: readonly number[]; short?: boolean }) {
  const lang = useLang();
  const links = useCodeLinks();
  return (
    <span className="status-links">
      {statuses.map((status, i) => {
        const entry = findEntry(status);
        const label = entry ? (short ? String(status) : statusLine(entry)) : String(status);
        return (
          <span key={status}>
            {i > 0 && ' / '}
            {entry ? (
              <Link href={links.code(lang, status)} title={short ? statusLine(entry) : undefined}>
                {label}
              </Link>
            ) : (
              label
            )}
          </span>
        );
      })}
    </span>
  );
}
