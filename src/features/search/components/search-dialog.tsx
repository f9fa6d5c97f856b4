import { useDeferredValue, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useLocation } from 'wouter';
import { useLang } from '@/lib/lang-context';
import { useUiPageText } from '@/locales/use-ui-text';
import { useSiteSearch } from '../load-site-search';
import { PasteCards, pasteTargets } from './paste-cards';
import { ResultOption } from './result-option';
import { docPath } from './doc-text';

const BARE_CODE = /^\s*(?:\d{1,4}x*|(?:vpc|apigw)[\s._-]*\d{1,4})\s*$/i;

/** Results shown at most; the index pages list everything. */
const MAX_RESULTS = 20;

/**
 * The search dialog: results as you type (codes, titles, then body text, both languages), a pasted
 * error recognised at the top, arrow keys to move, Enter to open, Escape to close. A native modal
 * <dialog>, so focus stays inside and the page behind is inert.
 */
export function SearchDialogContent({ onClose }: { onClose: () => void }) {
  const lang = useLang();
  const t = useUiPageText();
  const id = useId();
  const search = useSiteSearch();
  const { index, recognize } = search;
  const [, navigate] = useLocation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [query, setQuery] = useState('');
  const shown = useDeferredValue(query);
  // The highlighted result belongs to the results it was chosen in: new results start at the top.
  const [choice, setChoice] = useState({ query: '', index: 0 });
  const active = choice.query === shown ? choice.index : 0;
  const optionId = (i: number) => `${id}-option-${String(i)}`;

  // A code typed on its own (404, VPC.0114, vpc 0114, APIGW.0308) is a search; anything more that names an error is a paste.
  const recognized = useMemo(
    () => (shown.trim() && !BARE_CODE.test(shown) ? recognize(shown) : []),
    [recognize, shown],
  );
  const hits = useMemo(
    () => (shown.trim() && recognized.length === 0 ? index.search(shown, { limit: MAX_RESULTS }).hits : []),
    [index, shown, recognized],
  );
  const cards = pasteTargets(recognized, search, lang);
  const options = [...cards.map((card) => card.href), ...hits.map((hit) => docPath(hit.doc, lang))];

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
      open(options[active]);
    }
  }

  const count = cards.length + hits.length;
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
              : t('siteSearch.count', { count: hits.length })}
        </p>
        <ul id={`${id}-results`} role="listbox" aria-label={t('siteSearch.results')} className="search-results">
          <PasteCards cards={cards} firstId={optionId} active={active} onOpen={open} />
          {hits.map((hit, i) => (
            <ResultOption
              key={hit.doc.kind + hit.doc.code}
              id={optionId(cards.length + i)}
              hit={hit}
              selected={active === cards.length + i}
              onOpen={open}
            />
          ))}
        </ul>
        {shown.trim() === '' && <p className="note search-dialog__tips">{t('siteSearch.tips')}</p>}
        {shown.trim() !== '' && count === 0 && (
          <p className="search-dialog__empty">{t('siteSearch.none', { query: shown.slice(0, 60) })}</p>
        )}
      </div>
    </dialog>
  );
}
