import { Suspense, use, useEffect } from 'react';
import { Router, useLocation } from 'wouter';
import { Layout, type Section } from './layout';
import { errorCodesSource } from '@/features/error-codes';
import { SiteSearch } from '@/features/search';
import { BILINGUAL_ORDER, HTML_LANG } from '@/lib/languages';
import { LangContext } from '@/lib/lang-context';
import { BASE, withBase } from '@/lib/paths';
import { pageHead } from './head';
import { NavigationNotice } from './navigation-notice';
import { PageError, PageErrorBoundary } from './page-error';
import { EmbedFrame, preloadRoute, uiTextsFor } from './preload-route';
import { resolveRoute } from './resolve-route';
import { SiteSidebar } from './site-sidebar';
import { pageOf, type AppRoute, type PageKind } from './route-table';
import { useAppLocation } from './use-app-location';

/** Keeps the parts of the document outside React (title, lang, scroll) in step with client-side navigation. */
function useDocumentSync(route: AppRoute, location: string) {
  useEffect(() => {
    let current = true;
    // The page's strings and data are loaded before it is shown (preloadRoute), so this never waits;
    // the head reads the same data as the prerender did, so the title stays the one the HTML had.
    Promise.all([uiTextsFor(route), preloadRoute(route)]).then(
      ([texts, data]) => {
        if (!current) return;
        const head = pageHead(texts, route, data);
        document.title = head.title;
        document.documentElement.lang = head.htmlLang;
        for (const meta of document.querySelectorAll('meta[name="description"], meta[property="og:description"]')) {
          meta.setAttribute('content', head.description);
        }
      },
      () => undefined, // The page itself shows that it could not load (PageError).
    );
    return () => {
      current = false;
    };
  }, [route]);
  useEffect(() => {
    const id = window.location.hash.slice(1);
    const target = id ? document.getElementById(decodeURIComponent(id)) : null;
    if (target) target.scrollIntoView();
    else window.scrollTo(0, 0);
  }, [location]);
}

/** Each section's own page: the header marks its link as the current page there, and only there. */
const SECTION_PAGES: Record<Section, PageKind> = {
  status: 'index',
  errors: 'errors-index',
  gateway: 'gateway-index',
  embedding: 'embedding',
  about: 'about',
};

/** The sidebar in the page's language; a page in none of ours gets one per language, each marked with its `lang`. */
function Sidebar({ route }: { route: AppRoute }) {
  if (route.lang) return <SiteSidebar route={route} lang={route.lang} />;
  return BILINGUAL_ORDER.map((lang) => (
    <div key={lang} lang={HTML_LANG[lang]}>
      <LangContext.Provider value={lang}>
        <SiteSidebar route={route} lang={lang} />
      </LangContext.Provider>
    </div>
  ));
}

/** The page's component with what its kind's `data()` loaded, handed over as a prop. */
function PageContent({ route }: { route: AppRoute }) {
  const page = pageOf(route.kind);
  const data = use(preloadRoute(route));
  return <page.component.Component {...route.params} data={data} />;
}

function PageView({ route, location }: { route: AppRoute; location: string }) {
  const page = pageOf(route.kind);
  // A page that fails to render is replaced by a message inside the frame or layout, which stay.
  const content = (
    <PageErrorBoundary resetKey={location} fallback={<PageError lang={route.lang} path={location} />}>
      <PageContent route={route} />
    </PageErrorBoundary>
  );
  if (page.embed && route.lang) {
    return (
      <Suspense fallback={null}>
        <EmbedFrame.Component route={route} lang={route.lang}>
          {content}
        </EmbedFrame.Component>
      </Suspense>
    );
  }
  return (
    <Layout
      lang={route.lang}
      section={page.section ?? null}
      atSectionPage={page.section !== undefined && SECTION_PAGES[page.section] === route.kind}
      updated={errorCodesSource.date}
      sidebar={<Sidebar route={route} />}
      search={<SiteSearch />}
    >
      <Suspense fallback={null}>{content}</Suspense>
    </Layout>
  );
}

/** A page reached by another spelling of its URL (vpc.0114) shows its own path, for sharing and bookmarks. */
function useCanonicalPath(route: AppRoute, location: string) {
  const [, navigate] = useLocation();
  useEffect(() => {
    const page = pageOf(route.kind);
    if (!page.canonical || !route.lang) return;
    const own = page.path(route.lang, route.params);
    if (own !== location) navigate(own + window.location.search + window.location.hash, { replace: true });
  }, [route, location, navigate]);
}

function Routes({ fixedRoute }: { fixedRoute?: AppRoute | undefined }) {
  const [location] = useLocation();
  const route = fixedRoute ?? resolveRoute(location);
  useDocumentSync(route, location);
  useCanonicalPath(route, location);
  // The frame or layout itself failing leaves the message alone in a page of its own.
  const failed = (
    <main id="main" className="page">
      <PageError lang={route.lang} path={location} />
    </main>
  );
  return (
    <LangContext.Provider value={route.lang ?? BILINGUAL_ORDER[0]!}>
      <PageErrorBoundary resetKey={location} fallback={failed}>
        <PageView route={route} location={location} />
      </PageErrorBoundary>
      <NavigationNotice lang={route.lang} />
    </LangContext.Provider>
  );
}

interface AppProps {
  /** Prerender only: the base-relative path being rendered. */
  ssrPath?: string;
  /** Prerender only: the page, when it belongs to no single path (the generic not-found page). */
  route?: AppRoute;
}

export function App({ ssrPath, route }: AppProps) {
  // Pages are prerendered without a query string; `ssrSearch` makes hydration see the same empty
  // query (React reads the server snapshot while hydrating), then the real one applies. The router
  // reads a browser pathname, base included: given a bare path, every link built from the current
  // location (the language switch) would point outside the base.
  return (
    <Router
      base={BASE}
      hook={useAppLocation}
      ssrSearch=""
      {...(ssrPath === undefined ? {} : { ssrPath: withBase(ssrPath) })}
    >
      <Routes fixedRoute={route} />
    </Router>
  );
}
