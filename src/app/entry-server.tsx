import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { detailsOf, statusCodeData, statusCodes } from '@/features/status-codes/data/status-codes';
import { DEFAULT_LANG, HTML_LANG, LANGUAGES, type Lang } from '@/lib/languages';
import { paths } from '@/lib/paths';
import { loadUiStrings } from '@/locales/load';
import { App } from './app';
import { headFor, type PageHead } from './head';
import './i18n';
import { resolveRoute, routeKey, type AppRoute } from './routes';

/** Base-relative paths of a page's language versions, for canonical, hreflang and the sitemap. */
export interface PageLinks {
  canonical: string;
  alternates: { hreflang: string; path: string }[];
  lang: Lang;
}

export interface PrerenderedPage {
  /** Base-relative URL path of the page; `null` for the generic not-found page. */
  path: string | null;
  html: string;
  head: PageHead;
  routeKey: string;
  route: AppRoute;
  /** Null for not-found pages, which are not indexed. */
  links: PageLinks | null;
}

export { statusCodeData };

/** Language versions of an indexable page; embeds and not-found pages are not indexed. */
function linksFor(route: AppRoute): PageLinks | null {
  let pathIn: (lang: Lang) => string;
  if (route.kind === 'index') pathIn = paths.index;
  else if (route.kind === 'embedding') pathIn = paths.embedding;
  else if (route.kind === 'code') pathIn = (lang) => paths.codeDetail(lang, route.code);
  else return null;
  return {
    canonical: pathIn(route.lang),
    lang: route.lang,
    alternates: [
      ...LANGUAGES.map((lang) => ({ hreflang: HTML_LANG[lang], path: pathIn(lang) })),
      // The root chooses a language per visitor; for a code, the default language stands in.
      { hreflang: 'x-default', path: route.kind === 'index' ? '/' : pathIn(DEFAULT_LANG) },
    ],
  };
}

/** The generic not-found page (404.html) serves every unknown path, so it names none. */
const genericNotFound: AppRoute = { kind: 'not-found', lang: null, path: '', requestedCode: null };

export function listPaths(): string[] {
  return [
    '/',
    ...LANGUAGES.flatMap((lang) => [
      paths.index(lang),
      ...statusCodes.map((e) => paths.codeDetail(lang, e.code)),
      paths.embedding(lang),
      paths.embedIndex(lang),
      ...statusCodes.map((e) => paths.embedCode(lang, e.code)),
    ]),
  ];
}

async function streamToString(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

export async function renderPage(path: string | null): Promise<PrerenderedPage> {
  await Promise.all(LANGUAGES.map(loadUiStrings));
  const route = path === null ? genericNotFound : resolveRoute(path);
  const { prelude } = await prerender(
    <StrictMode>
      <App ssrPath={path ?? '/404'} route={route} />
    </StrictMode>,
  );
  return {
    path,
    html: await streamToString(prelude),
    head: headFor(route, route.lang ? detailsOf(statusCodeData, route.lang) : undefined),
    routeKey: routeKey(route),
    route,
    links: linksFor(route),
  };
}
