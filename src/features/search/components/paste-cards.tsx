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
  /** The statuses to name: the response's own when it has one, else every status the code is documented with. */
  statuses: number[];
  /** Every status the reference documents the error code with (empty for anything else). */
  documented: number[];
  /** The response's status is not one the reference documents the code with: the card says both. */
  statusDiffers: boolean;
  /** The card's page: the code's own (VPC, gateway, Neutron), else the status page; none for an undocumented code alone. */
  href: string | undefined;
  /** The status page of the first status named, when the reference has one. */
  statusHref: string | undefined;
}

/** What each recognised part of a paste links to, with the titles the index knows. */
export function pasteTargets(recognized: Recognized[], search: SiteSearch, lang: Lang): PasteCard[] {
  return recognized.map((r) => {
    const doc = r.errorCode
      ? search.index.docs.find((d) => d.kind === 'error' && d.code === r.errorCode)
      : r.gatewayCode
        ? search.index.docs.find((d) => d.kind === 'gateway' && d.code === r.gatewayCode?.toUpperCase())
        : r.neutronType
          ? search.index.docs.find((d) => d.kind === 'neutron' && d.code === r.neutronType)
          : undefined;
    const title = doc ? (doc.fields[fieldIndex(doc, `title.${lang}`)]?.text ?? null) : null;
    const documented = doc ? search.statusesOf(doc.code) : [];
    // The response is what happened: its status wins over the documented ones.
    const statuses = r.status !== undefined ? [r.status] : documented;
    const status = statuses[0];
    const statusHref = status !== undefined && findEntry(status) ? paths.codeDetail(lang, status) : undefined;
    const href = doc ? docPath(doc, lang) : statusHref;
    const statusDiffers = r.status !== undefined && documented.length > 0 && !documented.includes(r.status);
    return { recognized: r, title, statuses, documented, statusDiffers, href, statusHref };
  });
}

const statusText = (statuses: number[]) =>
  statuses
    .map((s) => {
      const entry = findEntry(s);
      return entry ? statusLine(entry) : String(s);
    })
    .join(' / ');

/** The status page link's text: "About 409 Conflict". */
export function useStatusLinkText(card: PasteCard): string {
  const t = useUiPageText();
  return t('siteSearch.openStatus', { status: statusText(card.statuses.slice(0, 1)) });
}

/**
 * The answer to one recognised part of a paste: "This is VPC.0114, 409 Conflict: …", or "Likely …" with
 * the documented message it rests on when only the message named it, both statuses when the response's
 * differs from the documented ones, and the words that differ from the documented message.
 */
export function PasteCardContent({ card }: { card: PasteCard }) {
  const t = useUiPageText();
  const lang = useLang();
  const r = card.recognized;
  const status = statusText(card.statuses) || '–';
  const likely = r.certainty === 'likely';
  const headline = r.errorCode
    ? card.title
      ? t(likely ? 'siteSearch.pasteLikely' : 'siteSearch.pasteError', { code: r.errorCode, status, title: card.title })
      : t('siteSearch.pasteUnknown', { code: r.errorCode })
    : r.neutronType
      ? t('siteSearch.pasteNeutron', { type: r.neutronType, status })
      : r.gatewayCode
        ? t('siteSearch.pasteGateway', { code: r.gatewayCode, status })
        : t('siteSearch.pasteStatus', { status });
  return (
    <>
      <span className="search-result__kind search-result__kind--paste">{t('siteSearch.pasted')}</span>
      <span className="search-result__title">{headline}</span>
      {card.statusDiffers && r.errorCode && (
        <span className="paste-card__note">
          {t('siteSearch.statusDiffers', {
            actual: status,
            code: r.errorCode,
            documented: statusText(card.documented),
          })}
        </span>
      )}
      {likely && r.matchedMessage && (
        <span className="paste-card__note">
          {t('siteSearch.matched')}
          {lang === 'zh' ? '' : ' '}
          <code lang="en">{r.matchedMessage}</code>
        </span>
      )}
      {r.messageDiffers && r.messageDiffers.length > 0 && (
        <span className="paste-card__note">
          {t('siteSearch.messageDiffers', {
            words: r.messageDiffers.map((w) => `“${w}”`).join(lang === 'zh' ? '、' : ', '),
          })}
        </span>
      )}
      {r.itemId && <span className="search-result__snippet">{t('siteSearch.pasteItem', { id: r.itemId })}</span>}
      {r.message && (
        <span className="search-result__snippet" lang="en">
          <code>{r.message.slice(0, 200)}</code>
        </span>
      )}
    </>
  );
}
