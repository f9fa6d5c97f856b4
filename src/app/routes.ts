import { findEntry } from '@/features/status-codes/data/access';
import { isLang, type Lang } from '@/lib/languages';

type NotFound = { lang: Lang | null; path: string; requestedCode: number | null };

export type AppRoute =
  | { kind: 'index'; lang: Lang }
  | { kind: 'code'; lang: Lang; code: number }
  | { kind: 'embedding'; lang: Lang }
  | { kind: 'embed-index'; lang: Lang }
  | { kind: 'embed-code'; lang: Lang; code: number }
  /** Inside an embed: a compact card rather than the site's page. */
  | ({ kind: 'embed-not-found'; lang: Lang } & NotFound)
  /** `lang` is null when the URL names no language we have: the page then speaks both. */
  | ({ kind: 'not-found' } & NotFound);

export type EmbedRoute = Extract<AppRoute, { kind: 'embed-index' | 'embed-code' | 'embed-not-found' }>;

export const isEmbedRoute = (route: AppRoute): route is EmbedRoute =>
  route.kind === 'embed-index' || route.kind === 'embed-code' || route.kind === 'embed-not-found';

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** A documented code named by a `codes/{code}` tail, or undefined. */
function codeFrom(rest: string[]): number | undefined {
  const [codes, code, ...extra] = rest;
  if (codes !== 'codes' || code === undefined || extra.length > 0 || !/^\d{3}$/.test(code)) return undefined;
  return findEntry(Number(code))?.code;
}

/** Maps a base-relative pathname to the page it shows. Pure, so prerender and client agree. */
export function resolveRoute(pathname: string): AppRoute {
  const segments = pathname.split('/').filter(Boolean);
  if (segments.at(-1) === 'index.html') segments.pop();
  const [lang, section, ...rest] = segments;
  const last = segments.at(-1) ?? '';
  const notFound: NotFound = {
    lang: null,
    path: safeDecode(pathname),
    requestedCode: /^\d{1,6}$/.test(last) ? Number(last) : null,
  };

  if (lang === undefined) return { kind: 'index', lang: 'zh' };
  if (!isLang(lang)) return { kind: 'not-found', ...notFound };
  if (section === undefined) return { kind: 'index', lang };
  if (section === 'embedding' && rest.length === 0) return { kind: 'embedding', lang };
  if (section === 'embed') {
    if (rest.length === 0) return { kind: 'embed-index', lang };
    const code = codeFrom(rest);
    return code === undefined ? { kind: 'embed-not-found', ...notFound, lang } : { kind: 'embed-code', lang, code };
  }
  const code = codeFrom([section, ...rest]);
  return code === undefined ? { kind: 'not-found', ...notFound, lang } : { kind: 'code', lang, code };
}

/** A stable key for a route, stamped on prerendered HTML so the client knows what it may hydrate. */
export function routeKey(route: AppRoute): string {
  switch (route.kind) {
    case 'code':
    case 'embed-code':
      return `${route.kind}:${route.lang}:${String(route.code)}`;
    case 'not-found':
    case 'embed-not-found':
      return `${route.kind}:${route.lang ?? 'any'}:${route.path}`;
    default:
      return `${route.kind}:${route.lang}`;
  }
}
