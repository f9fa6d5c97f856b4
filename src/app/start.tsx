import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { stripBase } from '@/lib/paths';
import { App } from './app';
import './i18n';
import { preloadAllPages, preloadPage } from './pages';
import { resolveRoute, routeKey } from './routes';
import { markReady } from './use-app-location';

export async function startApp(container: HTMLElement) {
  const route = resolveRoute(stripBase(window.location.pathname));
  // The page's own chunk and data first, so hydration completes in one pass.
  await preloadPage(route);
  markReady(stripBase(window.location.pathname));
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
  idle(() => void preloadAllPages());
}
