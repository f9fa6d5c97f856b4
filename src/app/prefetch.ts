import { BASE, stripBase } from '@/lib/paths';
import { preloadRoute } from './preload-route';
import { resolveRoute } from './resolve-route';
import { pageOf, type AppRoute } from './route-table';

/*
 * Prefetch on intent, as documentation sites do: a page's chunk when a link to it is in view once the
 * reader engages with the page (scrolls, moves the pointer, touches it or presses a key), and its chunk,
 * data and strings when the link is pointed at, touched or focused. A visit that reads the page and
 * leaves downloads only what its own page needs; one that stays gets the chunks of the kinds of page it
 * shows links to, never every page's. Readers who asked to save data get the hover and focus part only.
 */

/** The page a link leads to on this site, or null for links elsewhere (other sites, downloads, anchors). */
function routeOf(link: HTMLAnchorElement): AppRoute | null {
  if (link.target === '_blank' || link.hasAttribute('download')) return null;
  let url: URL;
  try {
    url = new URL(link.href);
  } catch {
    return null;
  }
  if (url.origin !== window.location.origin) return null;
  if (BASE && url.pathname !== BASE && !url.pathname.startsWith(`${BASE}/`)) return null;
  if (url.pathname === window.location.pathname) return null;
  const path = stripBase(url.pathname);
  // Files beside the pages (the JSON exports, the licence) are not pages.
  if (/\.[a-z]+$/i.test(path) && !path.endsWith('.html')) return null;
  return resolveRoute(path);
}

const ignore = () => undefined;

/** A failed prefetch is not an error: the navigation tries again (and falls back) when it happens. */
const prefetchChunk = (route: AppRoute) => void pageOf(route.kind).component.preload().catch(ignore);
const prefetchPage = (route: AppRoute) => void preloadRoute(route).catch(ignore);

const saveData = () => (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;

export function prefetchOnIntent(root: HTMLElement) {
  const onIntent = (event: Event) => {
    const link = (event.target as Element | null)?.closest?.('a[href]');
    if (link instanceof HTMLAnchorElement) {
      const route = routeOf(link);
      if (route) prefetchPage(route);
    }
  };
  for (const type of ['pointerover', 'focusin', 'touchstart']) {
    document.addEventListener(type, onIntent, { capture: true, passive: true });
  }
  if (saveData() || typeof IntersectionObserver === 'undefined') return;

  const engaged = ['scroll', 'pointermove', 'touchstart', 'keydown'];
  const start = () => {
    for (const type of engaged) document.removeEventListener(type, start, true);
    watchLinksInView(root);
  };
  for (const type of engaged) document.addEventListener(type, start, { capture: true, passive: true });
}

function watchLinksInView(root: HTMLElement) {
  const seen = new WeakSet<Element>();
  const visible = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      visible.unobserve(entry.target);
      const route = routeOf(entry.target as HTMLAnchorElement);
      if (route) prefetchChunk(route);
    }
  });
  const watch = (scope: ParentNode) => {
    for (const link of scope.querySelectorAll('a[href]')) {
      if (seen.has(link)) continue;
      seen.add(link);
      visible.observe(link);
    }
  };
  // Links come and go with navigation and search results: watch the ones each render adds.
  new MutationObserver(() => watch(root)).observe(root, { childList: true, subtree: true });
  watch(root);
}
