import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { stripBase, withBase } from '@/lib/paths';
import { App } from './app';
import { prefetchOnIntent } from './prefetch';
import { preloadRoute } from './preload-route';
import { resolveRoute, routeKey } from './resolve-route';

/** The web app manifest, linked only now: in the HTML, browsers would fetch it beside the stylesheet. */
function linkManifest() {
  const link = document.createElement('link');
  link.rel = 'manifest';
  link.href = withBase('/manifest.webmanifest');
  document.head.append(link);
}

export async function startApp(container: HTMLElement) {
  // Printed links show full addresses (src/styles/print.css): the origin is known only here.
  document.documentElement.style.setProperty('--print-origin', JSON.stringify(window.location.origin));
  const route = resolveRoute(stripBase(window.location.pathname));
  // The page's own chunk and data first, so hydration completes in one pass.
  await preloadRoute(route);
  const app = (
    <StrictMode>
      <App />
    </StrictMode>
  );
  // Static hosts answer unknown paths with 404.html, prerendered for no particular path:
  // hydrate only markup made for this very route, and render afresh otherwise.
  if (container.dataset.route === routeKey(route)) startTransition(() => void hydrateRoot(container, app));
  else createRoot(container).render(app);
  // Marks the end of the page's own start-up: what loads after this is prefetching for later pages.
  document.documentElement.dataset.app = 'ready';
  performance.mark('app-ready');
  linkManifest();
  prefetchOnIntent(container);
}
