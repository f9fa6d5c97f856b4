import { useId, type ComponentType } from 'react';
import { Link } from 'wouter';
import type { Lang } from '@/lib/languages';
import { useLang } from '@/lib/lang-context';
import type { TableAnswerOptions } from '@/lib/search-index';
import { loadUiPageStrings } from '@/locales/load';
import { useUiPageText } from '@/locales/use-ui-text';
import type { Recognized } from '../engine/types';
import { loadSiteSearch, type SiteSearch } from '../load-site-search';
import { openSiteSearch } from '../open-search';
import { isBareCode, looksLikePaste } from '../paste-shape';
import { PasteCardContent, pasteTargets, useStatusLinkText, type PasteCard } from './paste-cards';

/**
 * An index filter's answer to an error typed or pasted into it: the same cards as the site search,
 * as links to their pages, and a way to carry the text over to the site search.
 */
export function PasteAnswerContent({ answer }: { answer: PasteAnswerState }) {
  const lang = useLang();
  const t = useUiPageText();
  const id = useId();
  const cards = pasteTargets(answer.recognized, answer.search, lang);
  return (
    <section className="paste-answer" aria-labelledby={id}>
      <h2 id={id} className="paste-answer__heading">
        {t('siteSearch.answerHeading')}
      </h2>
      <ul className="paste-answer__cards">
        {cards.map((card, i) => (
          <li key={i} className="paste-answer__card">
            {card.href ? (
              <Link href={card.href} className="search-result paste-card">
                <PasteCardContent card={card} />
              </Link>
            ) : (
              <p className="search-result paste-card">
                <PasteCardContent card={card} />
              </p>
            )}
            {card.statusHref && card.statusHref !== card.href && <StatusLink card={card} href={card.statusHref} />}
          </li>
        ))}
      </ul>
      <button type="button" className="button" onClick={() => openSiteSearch(answer.text)}>
        {t('siteSearch.openInSearch')}
      </button>
    </section>
  );
}

function StatusLink({ card, href }: { card: PasteCard; href: string }) {
  return (
    <Link href={href} className="paste-answer__status">
      {useStatusLinkText(card)}
    </Link>
  );
}

/** What the site search makes of a text typed into an index filter, when it is an error. */
export interface PasteAnswerState {
  text: string;
  recognized: Recognized[];
  search: SiteSearch;
  /** The answer's view, loaded with it. */
  Content: ComponentType<{ answer: PasteAnswerState }>;
}

const VPC_CODE = /^\s*vpc[\s._-]*\d{4}\s*$/i;

/**
 * The site search's answer to a text typed into an index filter: when it is an error (a body, a log
 * line, an error code the table does not list), what it recognises there, with everything the answer
 * shows loaded (engine and texts, its strings); null when the text is a query. This module is the
 * answer's view too, so the page loads nothing for it before someone types.
 */
export async function answerFor(
  text: string,
  { tableEmpty, codesElsewhere }: TableAnswerOptions,
  lang: Lang,
): Promise<PasteAnswerState | null> {
  const wanted =
    looksLikePaste(text) ||
    ((tableEmpty || codesElsewhere) && VPC_CODE.test(text)) ||
    (tableEmpty && !!text.trim() && !isBareCode(text));
  if (!wanted) return null;
  const [search] = await Promise.all([loadSiteSearch(), loadUiPageStrings(lang)]);
  const recognized = search.recognize(text);
  return recognized.length ? { text, recognized, search, Content: PasteAnswerContent } : null;
}
