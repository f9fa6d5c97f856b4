import { preloadSearchableTables } from '@/features/status-codes/components/lazy-searchable-tables';
import { loadDetails } from '@/features/status-codes/data/details';
import { loadSearch } from '@/features/status-codes/search/load-search';
import { LANGUAGES } from '@/lib/languages';
import { preloadable } from '@/lib/preloadable';
import { loadUiStrings } from '@/locales/load';
import type { AppRoute, EmbedRoute } from './routes';

/*
 * Each kind of page is its own chunk, so a page downloads only its own code. The client loads the
 * current page's chunk (and data) before hydrating, and the others once it is idle.
 */
const pages = {
  index: preloadable(async () => (await import('@/routes/index-route')).IndexRoute),
  code: preloadable(async () => (await import('@/routes/code-route')).CodeRoute),
  embedding: preloadable(async () => (await import('@/routes/embedding-route')).EmbeddingRoute),
  embedFrame: preloadable(async () => (await import('@/routes/embed-routes')).EmbedFrame),
  embedIndex: preloadable(async () => (await import('@/routes/embed-routes')).EmbedIndexRoute),
  embedCard: preloadable(async () => (await import('@/routes/embed-card-routes')).EmbedCardRoute),
  notFound: preloadable(async () => (await import('@/routes/not-found-route')).NotFoundRoute),
};

export function Page({ route }: { route: Exclude<AppRoute, EmbedRoute> }) {
  switch (route.kind) {
    case 'index':
      return <pages.index.Component />;
    case 'code':
      return <pages.code.Component code={route.code} />;
    case 'embedding':
      return <pages.embedding.Component />;
    case 'not-found':
      return <pages.notFound.Component lang={route.lang} path={route.path} requestedCode={route.requestedCode} />;
  }
}

export function EmbedPage({ route }: { route: EmbedRoute }) {
  return (
    <pages.embedFrame.Component route={route}>
      {route.kind === 'embed-index' ? <pages.embedIndex.Component /> : <pages.embedCard.Component route={route} />}
    </pages.embedFrame.Component>
  );
}

/** Everything the page at `route` renders with: its chunk, its data and its UI strings. */
export function preloadPage(route: AppRoute): Promise<unknown> {
  const strings = (route.lang ? [route.lang] : LANGUAGES).map(loadUiStrings);
  return Promise.all([...strings, preloadPageCode(route)]);
}

function preloadPageCode(route: AppRoute): Promise<unknown> {
  switch (route.kind) {
    case 'index':
      return Promise.all([pages.index.preload(), preloadSearchableTables()]);
    case 'code':
      return Promise.all([pages.code.preload(), loadDetails(route.lang)]);
    case 'embedding':
      return pages.embedding.preload();
    case 'not-found':
      return pages.notFound.preload();
    case 'embed-index':
      return Promise.all([pages.embedFrame.preload(), pages.embedIndex.preload(), preloadSearchableTables()]);
    case 'embed-code':
      return Promise.all([pages.embedFrame.preload(), pages.embedCard.preload(), loadDetails(route.lang)]);
    case 'embed-not-found':
      return Promise.all([pages.embedFrame.preload(), pages.embedCard.preload()]);
  }
}

/** Loads every page's chunk, so later navigation does not wait. */
export function preloadAllPages(): Promise<unknown> {
  return Promise.all([...Object.values(pages).map((page) => page.preload()), preloadSearchableTables(), loadSearch()]);
}
