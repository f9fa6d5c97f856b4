import { Highlight } from '@/components/highlight';
import { useLang } from '@/lib/lang-context';
import { useUiPageText } from '@/locales/use-ui-text';
import type { SearchHit } from '../engine/types';
import { docPath, docTitle } from './doc-text';
import { OptionLink } from './option-link';

const KIND_LABEL = {
  status: 'siteSearch.statusCode',
  error: 'siteSearch.errorCode',
  gateway: 'siteSearch.gatewayCode',
  neutron: 'siteSearch.neutronError',
} as const;

/** Text around the first highlight, from a word's start, so a match deep in a paragraph is seen in context. */
function excerpt(text: string, ranges: [number, number][], width = 100) {
  const first = ranges[0];
  if (!first || text.length <= width) return { text, ranges, before: false, after: false };
  let start = Math.max(0, Math.min(first[0] - 30, text.length - width));
  // Back to the start of a Latin word; Chinese can start anywhere.
  while (start > 0 && /\w/.test(text[start - 1]!) && first[0] - start < 45) start--;
  const end = Math.min(text.length, start + width);
  const shifted = ranges
    .map(([s, e]) => [s - start, e - start] as [number, number])
    .filter(([s, e]) => s >= 0 && e <= end - start);
  return { text: text.slice(start, end), ranges: shifted, before: start > 0, after: end < text.length };
}

/** One result: what the code is called, and where the query matched when that is not the title. */
export function ResultOption({
  id,
  hit,
  selected,
  onOpen,
}: {
  id: string;
  hit: SearchHit;
  selected: boolean;
  onOpen: (href: string) => void;
}) {
  const lang = useLang();
  const t = useUiPageText();
  const { doc } = hit;
  const title = docTitle(doc, lang);
  const titleText = doc.fields[title.field]?.text ?? '';
  const titleRanges = hit.highlights.find((h) => h.field === title.field)?.ranges;
  // The first highlighted field other than the title, preferring the page's language.
  const other = [...hit.highlights]
    .filter((h) => h.field !== title.field)
    .sort((a, b) => Number(doc.fields[b.field]?.lang === lang) - Number(doc.fields[a.field]?.lang === lang))[0];
  const snippet = other ? excerpt(doc.fields[other.field]?.text ?? '', other.ranges) : null;
  const href = docPath(doc, lang);
  return (
    <OptionLink id={id} href={href} selected={selected} onOpen={onOpen}>
      <span className={`search-result__kind search-result__kind--${doc.kind}`}>{t(KIND_LABEL[doc.kind])}</span>
      <span className="search-result__title">
        <code>{doc.code}</code> <Highlight text={titleText} ranges={titleRanges} />
      </span>
      {snippet && (
        <span className="search-result__snippet" lang={doc.fields[other!.field]?.lang === 'zh' ? 'zh-CN' : 'en'}>
          {snippet.before && '…'}
          <Highlight text={snippet.text} ranges={snippet.ranges} />
          {snippet.after && '…'}
        </span>
      )}
    </OptionLink>
  );
}
