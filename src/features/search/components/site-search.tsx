import { Suspense, useEffect, useRef, useState } from 'react';
import { useUiText } from '@/locales/use-ui-text';
import { onOpenSiteSearch, openSiteSearch, takeEarlyRequest } from '../open-search';
import { preloadSearchDialog, SearchDialog } from './lazy-search-dialog';
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
  // The text the dialog opens with (a paste handed over by an index filter), or null when closed.
  const [opened, setOpened] = useState<{ text: string } | null>(null);
  // Each "Try again" after a failed load renders the dialog afresh, which loads it again.
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey;
      const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
      if (event.defaultPrevented || (!slash && !commandK) || (slash && isTypingTarget(event.target))) return;
      event.preventDefault();
      setOpened({ text: '' });
    }
    document.addEventListener('keydown', onKeyDown);
    const stop = onOpenSiteSearch((text) => setOpened({ text }));
    // A key pressed between the first paint and now, which the boot script noted, is asked for again.
    if (takeEarlyRequest()) openSiteSearch();
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      stop();
    };
  }, []);

  const close = () => setOpened(null);
  return (
    <>
      <button
        type="button"
        className="search-button needs-script"
        aria-haspopup="dialog"
        aria-keyshortcuts="/ Control+K Meta+K"
        onClick={() => setOpened({ text: '' })}
        onPointerEnter={() => void preloadSearchDialog()}
        onFocus={() => void preloadSearchDialog()}
      >
        <span className="search-button__icon" aria-hidden="true" />
        <span className="search-button__label">{t('siteSearch.open')}</span>
        <kbd className="search-button__key" aria-hidden="true">
          /
        </kbd>
      </button>
      {opened && (
        <LoadBoundary
          key={attempt}
          fallback={<SearchLoadFailed onRetry={() => setAttempt((n) => n + 1)} onClose={close} />}
        >
          <Suspense fallback={null}>
            <SearchDialog initialQuery={opened.text} onClose={close} />
          </Suspense>
        </LoadBoundary>
      )}
    </>
  );
}

/**
 * What opening the search shows when its code or text could not be loaded: the page stays, the dialog
 * says so and offers to try again (it works once the connection is back) or to reload the page (after
 * a deploy, the page's own chunks may be gone too). Its strings come with the page, not with the search.
 */
function SearchLoadFailed({ onRetry, onClose }: { onRetry: () => void; onClose: () => void }) {
  const t = useUiText();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="search-dialog search-dialog--failed"
      aria-labelledby="search-failed"
      onClose={onClose}
    >
      <div className="search-dialog__box" role="alert">
        <p id="search-failed">{t('siteSearch.loadFailed')}</p>
        <p className="search-dialog__actions">
          <button type="button" className="button" autoFocus onClick={onRetry}>
            {t('siteSearch.retry')}
          </button>{' '}
          <a href={typeof window === 'undefined' ? '' : window.location.href}>{t('siteSearch.reload')}</a>{' '}
          <button type="button" className="link-button" onClick={() => dialog.current?.close()}>
            {t('siteSearch.dismiss')}
          </button>
        </p>
      </div>
    </dialog>
  );
}
