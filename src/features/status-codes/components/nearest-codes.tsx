import { findEntry } from '../data/access';
import { CodeLinkList } from './code-link-list';

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
