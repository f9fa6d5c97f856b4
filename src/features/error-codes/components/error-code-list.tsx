import { Link } from 'wouter';
import { useLang } from '@/lib/lang-context';
import { useCodeLinks } from '@/lib/links';
import type { ErrorIndex } from '../data/split';

/** Error codes as "VPC.0114 Router quota exceeded" links, inside the site or the embed. */
export function ErrorCodeList({ codes, index }: { codes: readonly string[]; index: ErrorIndex }) {
  const lang = useLang();
  const links = useCodeLinks();
  const titles = new Map(index.codes.map((e) => [e.code, e.title]));
  return (
    <ul className="error-code-list">
      {codes.map((code) => (
        <li key={code}>
          <Link href={links.error(lang, code)}>
            <code>{code}</code> {titles.get(code)}
          </Link>
        </li>
      ))}
    </ul>
  );
}
