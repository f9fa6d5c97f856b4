import { navigate, useBrowserLocation } from 'wouter/use-browser-location';
import { stripBase } from '@/lib/paths';
import { preloadRoute } from './preload-route';
import { resolveRoute, routeKey } from './resolve-route';
import type { AppRoute } from './route-table';

const ready = new Set<string>();
let latest = 0;

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
  if (ready.has(key)) return navigate(to, options);
  void preloadRoute(route)
    .catch(() => undefined) // A failed chunk load shows up as the page's own error, not here.
    .then(() => {
      ready.add(key);
      if (request === latest) navigate(to, options);
    });
};

export const useAppLocation: typeof useBrowserLocation = (options) => [
  useBrowserLocation(options)[0],
  navigateWhenReady,
];

/** Pages whose chunks were loaded before hydration navigate without waiting. */
export const markReady = (route: AppRoute) => ready.add(routeKey(route));
