import { useEffect } from 'react';
import { Router, useLocation, useSearch } from 'wouter';
import { EmbedLayout } from '@/components/embed-layout';
import { Layout } from '@/components/layout';
import { CodeLinksContext, embedLinks } from '@/features/status-codes/components/code-links';
import { LangContext } from '@/lib/lang-context';
import { BASE, paths } from '@/lib/paths';
import { CodeRoute } from '@/routes/code-route';
import { EmbedCodeRoute, EmbedIndexRoute, EmbedNotFoundRoute } from '@/routes/embed-routes';
import { EmbeddingRoute } from '@/routes/embedding-route';
import { IndexRoute } from '@/routes/index-route';
import { NotFoundRoute } from '@/routes/not-found-route';
import { headFor } from './head';
import { isEmbedRoute, resolveRoute, type AppRoute, type EmbedRoute } from './routes';

function Page({ route }: { route: AppRoute }) {
  switch (route.kind) {
    case 'index':
      return <IndexRoute />;
    case 'code':
      return <CodeRoute code={route.code} />;
    case 'embedding':
      return <EmbeddingRoute />;
    case 'embed-index':
      return <EmbedIndexRoute />;
    case 'embed-code':
      return <EmbedCodeRoute code={route.code} />;
    case 'embed-not-found':
      return <EmbedNotFoundRoute requestedCode={route.requestedCode} />;
    case 'not-found':
      return <NotFoundRoute lang={route.lang} path={route.path} requestedCode={route.requestedCode} />;
  }
}

/** Keeps the parts of the document outside React (title, lang, scroll) in step with client-side navigation. */
function useDocumentSync(route: AppRoute, location: string) {
  useEffect(() => {
    const head = headFor(route);
    document.title = head.title;
    document.documentElement.lang = head.htmlLang;
  }, [route]);
  useEffect(() => {
    const id = window.location.hash.slice(1);
    const target = id ? document.getElementById(decodeURIComponent(id)) : null;
    if (target) target.scrollIntoView();
    else window.scrollTo(0, 0);
  }, [location]);
}

/** An embed view inside its frame, with links that stay in the embed and a way out to the full page. */
function Embedded({ route }: { route: EmbedRoute }) {
  const search = useSearch();
  const params = new URLSearchParams(search);
  const query = params.get('q');
  const fullPath =
    route.kind === 'embed-code'
      ? paths.codeDetail(route.lang, route.code)
      : paths.index(route.lang) + (query ? `?${new URLSearchParams({ q: query }).toString()}` : '');
  return (
    <CodeLinksContext.Provider value={embedLinks(params.get('theme'))}>
      <EmbedLayout lang={route.lang} fullPath={fullPath}>
        <Page route={route} />
      </EmbedLayout>
    </CodeLinksContext.Provider>
  );
}

function Routes({ fixedRoute }: { fixedRoute?: AppRoute | undefined }) {
  const [location] = useLocation();
  const route = fixedRoute ?? resolveRoute(location);
  useDocumentSync(route, location);
  return (
    <LangContext.Provider value={route.lang ?? 'en'}>
      {isEmbedRoute(route) ? (
        <Embedded route={route} />
      ) : (
        <Layout lang={route.lang}>
          <Page route={route} />
        </Layout>
      )}
    </LangContext.Provider>
  );
}

interface AppProps {
  /** Prerender only: the path being rendered. */
  ssrPath?: string;
  /** Prerender only: a page that belongs to no single path (the generic not-found page). */
  route?: AppRoute;
}

export function App({ ssrPath, route }: AppProps) {
  return (
    // Pages are prerendered without a query string; `ssrSearch` makes hydration see the same empty
    // query (React reads the server snapshot while hydrating), then the real one applies.
    <Router base={BASE} ssrSearch="" {...(ssrPath === undefined ? {} : { ssrPath })}>
      <Routes fixedRoute={route} />
    </Router>
  );
}
