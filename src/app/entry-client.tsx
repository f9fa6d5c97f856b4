import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { stripBase } from '@/lib/paths';
import { App } from './app';
import { resolveRoute, routeKey } from './routes';
import './i18n';
import '@/styles/global.css';

const container = document.getElementById('root');
if (container) {
  const app = (
    <StrictMode>
      <App />
    </StrictMode>
  );
  const route = resolveRoute(stripBase(window.location.pathname));
  // Static hosts answer unknown paths with 404.html, prerendered for no particular path:
  // hydrate only markup made for this very route, and render afresh otherwise.
  if (container.dataset.route === routeKey(route)) hydrateRoot(container, app);
  else createRoot(container).render(app);
}
