import { Link } from 'wouter';
import { useLang } from '@/lib/lang-context';
import { findEntry, statusLine } from '../data/access';
import { useCodeLinks } from '@/lib/links';

/** Links to documented codes as "404 Not Found", inside the site or the embed; unknown codes are skipped. */
export function CodeLinkList({ codes }: { codes: readonly number[] }) {
  const lang = useLang();
  const links = useCodeLinks();
  return (
    <ul className="related">
      {codes
        .map(findEntry)
        .filter((e) => e !== undefined)
        .map((e) => (
          <li key={e.code}>
            <Link href={links.code(lang, e.code)}>{statusLine(e)}</Link>
          </li>
        ))}
    </ul>
  );
}

/** "Did you mean" links for a code we do not document (not-found pages, empty search results). */
export function NearestCodes({ codes, label }: { codes: readonly number[]; label: string }) {
  if (!codes.some((code) => findEntry(code))) return null;
  return (
    <>
      <p>{label}</p>
      <CodeLinkList codes={codes} />
    </>
  );
}
