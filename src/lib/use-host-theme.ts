import { useEffect } from 'react';
import { themeFrom, type Theme } from './embed-protocol';
import { queryParams } from './query-params';

/**
 * Restyles the page with `theme`, as embed-theme.js does before the first paint, and keeps it in the
 * address, so the embed's own links (which carry ?theme=) and a reload keep it too.
 */
function applyTheme(theme: Theme) {
  const root = document.documentElement;
  if (theme === 'auto') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', theme);
  const url = new URL(window.location.href);
  if (theme === 'auto') url.searchParams.delete(queryParams.theme);
  else url.searchParams.set(queryParams.theme, theme);
  if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
}

/**
 * Inside a frame, follows the theme the host page's loader sends when the portal changes the
 * placeholder's data-theme (its own theme toggle). Listens to the parent window only, and to nothing
 * when not framed.
 */
export function useHostTheme() {
  useEffect(() => {
    if (window.parent === window) return;
    const onMessage = (event: MessageEvent) => {
      const theme = themeFrom(event, window.parent);
      if (theme) applyTheme(theme);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);
}
