import { useEffect } from 'react';
import { Router, useLocation } from 'wouter';
import { Layout } from '@/components/layout';
import { LangContext } from '@/lib/lang-context';
import { BASE } from '@/lib/paths';
import { CodeRoute } from '@/routes/code-route';
import { IndexRoute } from '@/routes/index-route';
import { NotFoundRoute } from '@/routes/not-found-route';
import { headFor } from './head';
import { resolveRoute, type AppRoute } from './routes';

function Page({ route }: { route: AppRoute }) {
  switch (route.kind) {
    case 'index':
      return <IndexRoute />;
    case 'code':
      return <CodeRoute code={route.code} />;
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

function Routes({ fixedRoute }: { fixedRoute?: AppRoute | undefined }) {
  const [location] = useLocation();
  const route = fixedRoute ?? resolveRoute(location);
  useDocumentSync(route, location);
  const lang = route.lang ?? 'en';
  return (
    <LangContext.Provider value={lang}>
      <Layout lang={route.lang}>
        <Page route={route} />
      </Layout>
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
