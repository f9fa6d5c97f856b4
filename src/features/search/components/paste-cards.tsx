import { findEntry, statusLine } from '@/features/status-codes';
import type { Lang } from '@/lib/languages';
import { useLang } from '@/lib/lang-context';
import { paths } from '@/lib/paths';
import { useUiPageText } from '@/locales/use-ui-text';
import type { Recognized } from '../engine/types';
import type { SiteSearch } from '../load-site-search';
import { docPath, fieldIndex } from './doc-text';

export interface PasteCard {
  recognized: Recognized;
  /** The documented code's title in the page's language, when the paste names a documented code. */
  title: string | null;
  /** The statuses to name: the paste's own when it has one, else every status the code is documented with. */
  statuses: number[];
  /** Where Enter leads: the error code's page, else the status page. */
  href: string | undefined;
}

/** What each recognised part of a paste links to, with the titles the index knows. */
export function pasteTargets(recognized: Recognized[], search: SiteSearch, lang: Lang): PasteCard[] {
  return recognized.map((r) => {
    const doc = r.errorCode
      ? search.index.docs.find((d) => d.kind === 'error' && d.code === r.errorCode)
      : r.gatewayCode
        ? search.index.docs.find((d) => d.kind === 'gateway' && d.code === r.gatewayCode?.toUpperCase())
        : undefined;
    const title = doc ? (doc.fields[fieldIndex(doc, `title.${lang}`)]?.text ?? null) : null;
    const statuses = r.status !== undefined ? [r.status] : doc ? search.statusesOf(doc.code) : [];
    const status = statuses[0];
    const statusHref = status !== undefined && findEntry(status) ? paths.codeDetail(lang, status) : undefined;
    return { recognized: r, title, statuses, href: doc ? docPath(doc, lang) : statusHref };
  });
}

/** The answer to a pasted error, at the top of the results: "This is VPC.0114, 409 Conflict: …". */
export function PasteCards({
  cards,
  firstId,
  active,
  onOpen,
}: {
  cards: PasteCard[];
  firstId: (i: number) => string;
  active: number;
  onOpen: (href: string | undefined) => void;
}) {
  const lang = useLang();
  const t = useUiPageText();
  return cards.map((card, i) => {
    const r = card.recognized;
    const status = card.statuses
      .map((s) => {
        const entry = findEntry(s);
        return entry ? statusLine(entry) : String(s);
      })
      .join(' / ');
    const headline = r.errorCode
      ? card.title
        ? t('siteSearch.pasteError', { code: r.errorCode, status: status || '–', title: card.title })
        : t('siteSearch.pasteUnknown', { code: r.errorCode })
      : r.neutronType
        ? t('siteSearch.pasteNeutron', { type: r.neutronType, status: status || '–' })
        : r.gatewayCode
          ? t('siteSearch.pasteGateway', { code: r.gatewayCode, status: status || '–' })
          : t('siteSearch.pasteStatus', { status });
    const statusHref =
      card.statuses[0] !== undefined && findEntry(card.statuses[0]) ? paths.codeDetail(lang, card.statuses[0]) : null;
    return (
      <li
        key={i}
        id={firstId(i)}
        role="option"
        aria-selected={active === i}
        className="search-result paste-card"
        onClick={() => onOpen(card.href)}
        onMouseDown={(event) => event.preventDefault()}
      >
        <span className="search-result__kind search-result__kind--paste">{t('siteSearch.pasted')}</span>
        <span className="search-result__title">{headline}</span>
        {r.itemId && <span className="search-result__snippet">{t('siteSearch.pasteItem', { id: r.itemId })}</span>}
        {r.message && (
          <span className="search-result__snippet" lang="en">
            <code>{r.message.slice(0, 200)}</code>
          </span>
        )}
        {statusHref && card.href !== statusHref && (
          <span className="search-result__links">
            <a
              href={statusHref}
              onClick={(event) => {
                event.preventDefault();
                event.stopPropagation();
                onOpen(statusHref);
              }}
            >
              {t('siteSearch.openStatus', { status })}
            </a>
          </span>
        )}
      </li>
    );
  });
}
