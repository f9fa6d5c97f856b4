import { Link } from 'wouter';
import { useLang } from '@/lib/lang-context';
import { findEntry, statusLine } from '../data/access';
import { useCodeLinks } from './code-links';

/** "Did you mean" links for a code we do not document (not-found pages, empty search results). */
export function NearestCodes({ codes, label }: { codes: readonly number[]; label: string }) {
  const lang = useLang();
  const links = useCodeLinks();
  const nearest = codes.map(findEntry).filter((e) => e !== undefined);
  if (nearest.length === 0) return null;
  return (
    <>
      <p>{label}</p>
      <ul className="related">
        {nearest.map((e) => (
          <li key={e.code}>
            <Link href={links.code(lang, e.code)}>{statusLine(e)}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}
