import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { preloadSearchableTables } from '@/features/status-codes/components/lazy-searchable-tables';
import { stripBase } from '@/lib/paths';
import { App } from './app';
import { loadEmbedFrame, preloadRoute } from './preload-route';
import { resolveRoute, routeKey } from './resolve-route';
import { pageKinds, pageTable } from './route-table';
import { markReady } from './use-app-location';

/** Loads every page's chunk, so later navigation does not wait. */
function preloadAllPages(): Promise<unknown> {
  return Promise.all([
    ...pageKinds.map((kind) => pageTable[kind].component.preload()),
    loadEmbedFrame(),
    preloadSearchableTables(),
  ]);
}

export async function startApp(container: HTMLElement) {
  // Printed links show full addresses (src/styles/print.css): the origin is known only here.
  document.documentElement.style.setProperty('--print-origin', JSON.stringify(window.location.origin));
  const route = resolveRoute(stripBase(window.location.pathname));
  // The page's own chunk and data first, so hydration completes in one pass.
  await preloadRoute(route);
  markReady(route);
  const app = (
    <StrictMode>
      <App />
    </StrictMode>
  );
  // Static hosts answer unknown paths with 404.html, prerendered for no particular path:
  // hydrate only markup made for this very route, and render afresh otherwise.
  if (container.dataset.route === routeKey(route)) hydrateRoot(container, app);
  else createRoot(container).render(app);
  // Marks the end of the page's own start-up: what loads after this is prefetching for later pages.
  document.documentElement.dataset.app = 'ready';
  performance.mark('app-ready');
  const idle = window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 200));
  // A head start only: a page whose chunk failed here (offline) loads it, or itself in full, when opened.
  idle(() => void preloadAllPages().catch(() => undefined));
}
