import { navigate, useBrowserLocation } from 'wouter/use-browser-location';
import { stripBase } from '@/lib/paths';
import { setNavigationFailure } from './navigation-failure';
import { preloadRoute } from './preload-route';
import { resolveRoute, routeKey } from './resolve-route';
import type { AppRoute } from './route-table';

const ready = new Set<string>();
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
  const route = resolveRoute(stripBase(url.pathname));
  const key = routeKey(route);
  const request = ++latest;
  if (ready.has(key)) {
    setNavigationFailure(null);
    return navigate(to, options);
  }
  void preloadRoute(route).then(
    () => {
      ready.add(key);
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

/** Pages whose chunks were loaded before hydration navigate without waiting. */
export const markReady = (route: AppRoute) => ready.add(routeKey(route));
