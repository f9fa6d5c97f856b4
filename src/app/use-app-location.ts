import { navigate, useBrowserLocation } from 'wouter/use-browser-location';
import { stripBase } from '@/lib/paths';
import { isFulfilled, retryFailedLoads } from '@/lib/tracked-promise';
import { setNavigationFailure } from './navigation-failure';
import { preloadRoute } from './preload-route';
import { resolveRoute } from './resolve-route';

let latest = 0;

/**
 * Whether the site answers at all: a missing chunk then means a new deploy, not a lost connection.
 * Asked of the site itself: `navigator.onLine` says false wherever the machine has no route to the
 * internet, a site on the local network included.
 */
async function reachable(url: URL): Promise<boolean> {
  try {
    await fetch(url.href, { method: 'HEAD', cache: 'no-store' });
    return true;
  } catch {
    return false;
  }
}

/**
 * The next page's chunk, data or strings failed to load. Every page exists as prerendered HTML, so
 * while the site answers (it was redeployed and the old chunks are gone) the page is loaded in full;
 * offline, the current page stays and a notice says the other could not be opened.
 */
async function recover(url: URL, replace: boolean, request: number) {
  const online = await reachable(url);
  if (request !== latest) return; // The reader has gone somewhere else meanwhile.
  if (!online) return setNavigationFailure(url.href);
  if (replace) window.location.replace(url.href);
  else window.location.assign(url.href);
}

/**
 * Client-side navigation that waits for the next page's chunk, data and strings before changing
 * the URL, so the current page stays on screen (and keeps focus) instead of blanking while they
 * load. Pages already loaded, and query-only changes like typing a search, navigate at once.
 */
const navigateWhenReady: typeof navigate = (to, options) => {
  const url = new URL(String(to), window.location.href);
  retryFailedLoads(); // Following a link is a new attempt at what failed before.
  const loading = preloadRoute(resolveRoute(stripBase(url.pathname)));
  const request = ++latest;
  if (isFulfilled(loading)) {
    setNavigationFailure(null);
    return navigate(to, options);
  }
  void loading.then(
    () => {
      if (request !== latest) return;
      setNavigationFailure(null);
      navigate(to, options);
    },
    () => void recover(url, options?.replace ?? false, request),
  );
};

export const useAppLocation: typeof useBrowserLocation = (options) => [
  useBrowserLocation(options)[0],
  navigateWhenReady,
];
