import { Suspense, useEffect } from 'react';
import { Router, useLocation } from 'wouter';
import { Layout } from '@/components/layout';
import { LangContext } from '@/lib/lang-context';
import { BASE } from '@/lib/paths';
import { headFor } from './head';
import { useAppLocation } from './use-app-location';
import { EmbedPage, Page } from './pages';
import { isEmbedRoute, resolveRoute, type AppRoute } from './routes';

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

function Routes({ fixedRoute }: { fixedRoute?: AppRoute | undefined }) {
  const [location] = useLocation();
  const route = fixedRoute ?? resolveRoute(location);
  useDocumentSync(route, location);
  return (
    <LangContext.Provider value={route.lang ?? 'en'}>
      {isEmbedRoute(route) ? (
        <Suspense fallback={null}>
          <EmbedPage route={route} />
        </Suspense>
      ) : (
        <Layout lang={route.lang}>
          <Suspense fallback={null}>
            <Page route={route} />
          </Suspense>
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
    <Router base={BASE} hook={useAppLocation} ssrSearch="" {...(ssrPath === undefined ? {} : { ssrPath })}>
      <Routes fixedRoute={route} />
    </Router>
  );
}
