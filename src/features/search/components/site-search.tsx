import { Suspense, useEffect, useState } from 'react';
import { useUiText } from '@/locales/use-ui-text';
import { preloadSearchDialog, SearchDialog } from './lazy-search-dialog';

const isTypingTarget = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * The header's way into the one search over every code: a button (and "/" from anywhere) that opens
 * the search dialog. The dialog, the engine and the text it searches load on first use; pointing at
 * or focusing the button starts that early. Without scripts it is not offered (it could do nothing).
 */
export function SiteSearch() {
  const t = useUiText();
  const [open, setOpen] = useState(false);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey;
      const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
      // A page with a search box of its own (the indexes) takes "/" first and marks it handled.
      if (event.defaultPrevented || (!slash && !commandK) || (slash && isTypingTarget(event.target))) return;
      event.preventDefault();
      setOpen(true);
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <>
      <button
        type="button"
        className="search-button needs-script"
        aria-haspopup="dialog"
        aria-keyshortcuts="/"
        onClick={() => setOpen(true)}
        onPointerEnter={() => void preloadSearchDialog()}
        onFocus={() => void preloadSearchDialog()}
      >
        <span className="search-button__icon" aria-hidden="true" />
        <span className="search-button__label">{t('siteSearch.open')}</span>
        <kbd className="search-button__key" aria-hidden="true">
          /
        </kbd>
      </button>
      {open && (
        <Suspense fallback={null}>
          <SearchDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
