import { useId } from 'react';
import { Link } from 'wouter';
import { useLang } from '@/lib/lang-context';
import { useUiPageText } from '@/locales/use-ui-text';
import { openSiteSearch } from '../open-search';
import type { PasteAnswerState } from '../paste-answer-state';
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
