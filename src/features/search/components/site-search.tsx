import { Suspense, useEffect, useState } from 'react';
import { useLang } from '@/lib/lang-context';
import { useUiText } from '@/locales/use-ui-text';
import { OPEN_SEARCH_EVENT, openSiteSearch, SEARCH_REQUESTED_ATTRIBUTE } from '../open-search';
import { loadSearchDialog, preloadSearchDialog, SearchDialog, type SearchDialogLoad } from './lazy-search-dialog';
import { LoadBoundary } from './load-boundary';

const isTypingTarget = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * The header's way into the one search over every code: a button (and "/" or Ctrl+K/⌘K from anywhere,
 * the index pages included) that opens the search dialog. The dialog, the engine and the text it
 * searches load on first use; pointing at or focusing the button starts that early. Without scripts
 * it is not offered (it could do nothing).
 */
export function SiteSearch() {
  const t = useUiText();
  const lang = useLang();
  // The text the dialog opens with (a paste handed over by an index filter) and its loading, or null when closed.
  const [opened, setOpened] = useState<Opened | null>(null);
  // Each opening, and each "Try again", loads afresh whatever is not loaded yet, in a boundary of its own.
  const open = (text: string) => setOpened({ text, load: loadSearchDialog(lang), attempt: ++openings });

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey;
      const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
      if (event.defaultPrevented || (!slash && !commandK) || (slash && isTypingTarget(event.target))) return;
      event.preventDefault();
      // Asked again while open, the search stays as it is.
      setOpened((last) => last ?? { text: '', load: loadSearchDialog(lang), attempt: ++openings });
    }
    const onOpen = (event: Event) =>
      setOpened({ text: String((event as CustomEvent).detail), load: loadSearchDialog(lang), attempt: ++openings });
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener(OPEN_SEARCH_EVENT, onOpen);
    // A key pressed between the first paint and now, which the boot script noted, is asked for again.
    const root = document.documentElement;
    if (root.hasAttribute(SEARCH_REQUESTED_ATTRIBUTE)) openSiteSearch();
    root.removeAttribute(SEARCH_REQUESTED_ATTRIBUTE);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener(OPEN_SEARCH_EVENT, onOpen);
    };
  }, [lang]);

  const close = () => setOpened(null);
  return (
    <>
      <button
        type="button"
        className="search-button needs-script"
        aria-haspopup="dialog"
        aria-keyshortcuts="/ Control+K Meta+K"
        onClick={() => open('')}
        onPointerEnter={preloadSearchDialog}
        onFocus={preloadSearchDialog}
      >
        <span className="search-button__icon" aria-hidden="true" />
        <span className="search-button__label">{t('siteSearch.open')}</span>
        <kbd className="search-button__key" aria-hidden="true">
          /
        </kbd>
      </button>
      {opened && (
        <LoadBoundary
          key={opened.attempt}
          fallback={<SearchLoadFailed onRetry={() => open(opened.text)} onClose={close} />}
        >
          <Suspense fallback={null}>
            <SearchDialog load={opened.load} initialQuery={opened.text} onClose={close} />
          </Suspense>
        </LoadBoundary>
      )}
    </>
  );
}

interface Opened {
  text: string;
  load: SearchDialogLoad;
  /** Counts the openings, so a new one starts in a fresh boundary. */
  attempt: number;
}

let openings = 0;

/**
 * What opening the search shows when its code or text could not be loaded: the page stays, the dialog
 * says so and offers to try again (it works once the connection is back) or to reload the page (after
 * a deploy, the page's own chunks may be gone too). Its strings come with the page, not with the search.
 */
function SearchLoadFailed({ onRetry, onClose }: { onRetry: () => void; onClose: () => void }) {
  const t = useUiText();
  return (
    <dialog
      ref={(element) => {
        if (element && !element.open) element.showModal();
      }}
      className="search-dialog search-dialog--failed"
      aria-labelledby="search-failed"
      onClose={onClose}
    >
      {/* A form of method "dialog": its submit button closes the dialog. */}
      <form method="dialog" className="search-dialog__box" role="alert">
        <p id="search-failed">{t('siteSearch.loadFailed')}</p>
        <p className="search-dialog__actions">
          <button type="button" className="button" autoFocus onClick={onRetry}>
            {t('siteSearch.retry')}
          </button>{' '}
          <a href={location.href}>{t('siteSearch.reload')}</a>{' '}
          <button className="link-button">{t('siteSearch.dismiss')}</button>
        </p>
      </form>
    </dialog>
  );
}
