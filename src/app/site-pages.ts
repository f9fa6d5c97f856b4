import { LANGUAGES, type Lang } from '@/lib/languages';
import { pageKinds, pageOf, ROOT_ROUTE, type AppRoute, type PageKind } from './route-table';

/** One page the build writes, as the route table describes it. */
export interface SitePage {
  /** Base-relative URL path; null for the generic not-found page (404.html). */
  path: string | null;
  /** The file inside the output folder. */
  file: string;
  route: AppRoute;
  kind: PageKind;
  lang: Lang | null;
  embed: boolean;
  indexed: boolean;
  /** The default-language index served at the site root. */
  root: boolean;
}

/** `/zh/codes/404` → zh/codes/404/index.html: every static host serves it without rewrite rules. */
const fileFor = (path: string) => `${path.replace(/^\/|\/$/g, '')}/index.html`.replace(/^\//, '');

function sitePage(route: AppRoute, path: string | null, root = false): SitePage {
  const page = pageOf(route.kind);
  return {
    path,
    file: path === null ? '404.html' : fileFor(path),
    route,
    kind: route.kind,
    lang: route.lang,
    embed: page.embed !== undefined,
    indexed: page.indexed,
    root,
  };
}

/** Every page the build writes: the root, then each language's pages kind by kind, then 404.html. */
export function listPages(): SitePage[] {
  const pages = [sitePage(ROOT_ROUTE, '/', true)];
  for (const lang of LANGUAGES) {
    for (const kind of pageKinds) {
      const page = pageOf(kind);
      for (const params of page.prerender()) {
        pages.push(sitePage({ kind, lang, params } as AppRoute, page.path(lang, params)));
      }
    }
  }
  for (const kind of pageKinds) {
    const { generic } = pageOf(kind);
    if (generic) pages.push(sitePage({ kind, lang: null, params: generic } as AppRoute, null));
  }
  return pages;
}
