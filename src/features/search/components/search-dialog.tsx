import { useDeferredValue, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useLocation } from 'wouter';
import type { Lang } from '@/lib/languages';
import { useLang } from '@/lib/lang-context';
import { withBase } from '@/lib/paths';
import { loadUiPageStrings } from '@/locales/load';
import { useUiPageText } from '@/locales/use-ui-text';
import { loadSiteSearch, useSiteSearch } from '../load-site-search';
import { isBareCode, looksLikePaste } from '../paste-shape';
import { docPath } from './doc-text';
import { OptionLink } from './option-link';
import { PasteCardContent, pasteTargets, useStatusLinkText, type PasteCard } from './paste-cards';
import { ResultOption } from './result-option';
import { LONG_TEXT, tellingSearch } from './telling-search';

/** Results shown at most; the index pages list everything. */
const MAX_RESULTS = 20;

export interface SearchDialogProps {
  onClose: () => void;
  /** What the box holds when it opens: a paste handed over by an index filter. */
  initialQuery?: string;
}

/** The dialog, once the engine with both texts and the dialog's strings have loaded. */
export const ready = async (lang: Lang) => {
  await Promise.all([loadSiteSearch(), loadUiPageStrings(lang)]);
  return SearchDialogContent;
};

/**
 * The search dialog: results as you type (codes, titles, then body text, both languages), a pasted
 * error recognised at the top, arrow keys to move, Enter to open, Escape to close. A native modal
 * <dialog>, so focus stays inside and the page behind is inert. Every result is a link to its page.
 */
export function SearchDialogContent({ onClose, initialQuery = '' }: SearchDialogProps) {
  const lang = useLang();
  const t = useUiPageText();
  const id = useId();
  const search = useSiteSearch();
  const { index, recognize } = search;
  const [, navigate] = useLocation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [query, setQuery] = useState(initialQuery);
  const shown = useDeferredValue(query);
  // The highlighted result belongs to the results it was chosen in: new results start at the top.
  const [choice, setChoice] = useState({ query: '', index: 0 });
  const active = choice.query === shown ? choice.index : 0;
  const optionId = (i: number) => `${id}-option-${String(i)}`;

  // A code typed on its own (404, VPC.0114, vpc 0114) is a search; anything more that names an error is a paste.
  const recognized = useMemo(() => (shown.trim() && !isBareCode(shown) ? recognize(shown) : []), [recognize, shown]);
  // A query that is a paste is answered by its cards; a word the recogniser also knows ("conflict") keeps its hits.
  const { hits, telling } = useMemo(() => {
    if (!shown.trim() || (recognized.length > 0 && looksLikePaste(shown))) return { hits: [], telling: null };
    const direct = index.search(shown, { limit: MAX_RESULTS }).hits;
    if (direct.length || recognized.length || shown.trim().length < LONG_TEXT) return { hits: direct, telling: null };
    // A long paste that matched nothing: never "0 results", but its telling words, said as such.
    const found = tellingSearch(index, shown, MAX_RESULTS);
    return { hits: found?.hits ?? [], telling: found?.words ?? null };
  }, [index, shown, recognized]);
  const cards = pasteTargets(recognized, search, lang);
  const linked = cards.filter((card) => card.href !== undefined);
  const unlinked = cards.filter((card) => card.href === undefined);

  // Every option in order, with where it leads: each card, then its status page, then the hits.
  const options: { href: string; card?: PasteCard; statusOf?: PasteCard; hit?: (typeof hits)[number] }[] = [
    ...linked.flatMap((card) => [
      { href: card.href!, card },
      ...(card.statusHref && card.statusHref !== card.href ? [{ href: card.statusHref, statusOf: card }] : []),
    ]),
    ...hits.map((hit) => ({ href: docPath(hit.doc, lang), hit })),
  ];

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  // The highlighted result stays in view as the arrows move through a list longer than the dialog.
  useEffect(() => {
    document.getElementById(`${id}-option-${String(active)}`)?.scrollIntoView({ block: 'nearest' });
  }, [id, active]);

  function open(href: string | undefined) {
    if (href === undefined) return;
    dialog.current?.close();
    navigate(href);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const next = options.length ? (active + step + options.length) % options.length : 0;
      setChoice({ query: shown, index: next });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const href = options[active]?.href;
      // Ctrl+Enter or ⌘+Enter opens the result in a new tab, as Ctrl+click does.
      if (href !== undefined && (event.ctrlKey || event.metaKey)) window.open(withBase(href), '_blank', 'noopener');
      else open(href);
    } else if (event.key === 'Escape') {
      // A search box clears itself on Escape and keeps the dialog open; the hint promises Escape closes.
      event.preventDefault();
      dialog.current?.close();
    }
  }

  const count = options.length;
  return (
    <dialog
      ref={dialog}
      className="search-dialog"
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      onClick={(event) => {
        // A click on the backdrop (the dialog element itself, outside its box) closes it.
        if (event.target === dialog.current) dialog.current.close();
      }}
    >
      <div className="search-dialog__box">
        <h2 id={`${id}-title`} className="visually-hidden">
          {t('siteSearch.title')}
        </h2>
        <div className="search-dialog__field">
          <label htmlFor={`${id}-input`} className="visually-hidden">
            {t('siteSearch.label')}
          </label>
          <input
            id={`${id}-input`}
            type="search"
            role="combobox"
            aria-expanded={count > 0}
            aria-controls={`${id}-results`}
            aria-autocomplete="list"
            aria-activedescendant={count > 0 ? optionId(active) : undefined}
            aria-describedby={`${id}-hint`}
            autoComplete="off"
            spellCheck={false}
            placeholder={t('siteSearch.placeholder')}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={onKeyDown}
          />
          <button type="button" className="search-dialog__close" onClick={() => dialog.current?.close()}>
            {t('siteSearch.close')}
          </button>
        </div>
        <p id={`${id}-hint`} className="note search-dialog__hint">
          {t('siteSearch.hint')}
        </p>
        <p className="search-dialog__count" role="status">
          {shown.trim() === ''
            ? ''
            : recognized.length > 0
              ? t('siteSearch.recognized', { count: recognized.length })
              : telling !== null
                ? t('siteSearch.noExact', { words: telling })
                : t('siteSearch.count', { count: hits.length })}
        </p>
        {unlinked.map((card, i) => (
          <p key={i} className="search-result paste-card paste-card--unlinked">
            <PasteCardContent card={card} />
          </p>
        ))}
        <div id={`${id}-results`} role="listbox" aria-label={t('siteSearch.results')} className="search-results">
          {options.map((option, i) =>
            option.card ? (
              <OptionLink
                key={`card-${String(i)}`}
                id={optionId(i)}
                href={option.href}
                selected={active === i}
                className="search-result paste-card"
                onOpen={open}
              >
                <PasteCardContent card={option.card} />
              </OptionLink>
            ) : option.statusOf ? (
              <StatusOption
                key={`status-${String(i)}`}
                id={optionId(i)}
                card={option.statusOf}
                href={option.href}
                selected={active === i}
                onOpen={open}
              />
            ) : option.hit ? (
              <ResultOption
                key={option.hit.doc.kind + option.hit.doc.code}
                id={optionId(i)}
                hit={option.hit}
                selected={active === i}
                onOpen={open}
              />
            ) : null,
          )}
        </div>
        {shown.trim() === '' && <p className="note search-dialog__tips">{t('siteSearch.tips')}</p>}
        {shown.trim() !== '' && count === 0 && unlinked.length === 0 && (
          <p className="search-dialog__empty">{t('siteSearch.none', { query: shown.slice(0, 60) })}</p>
        )}
      </div>
    </dialog>
  );
}

/** The status page of a card whose own page is the error code's: "About 409 Conflict". */
function StatusOption(props: {
  id: string;
  card: PasteCard;
  href: string;
  selected: boolean;
  onOpen: (href: string) => void;
}) {
  const text = useStatusLinkText(props.card);
  return (
    <OptionLink
      id={props.id}
      href={props.href}
      selected={props.selected}
      className="search-result paste-card__status"
      onOpen={props.onOpen}
    >
      {text}
    </OptionLink>
  );
}
