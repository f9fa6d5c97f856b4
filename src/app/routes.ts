import { findEntry } from '@/features/status-codes/data/access';
import { isLang, type Lang } from '@/lib/languages';

export type AppRoute =
  | { kind: 'index'; lang: Lang }
  | { kind: 'code'; lang: Lang; code: number }
  /** `lang` is null when the URL names no language we have: the page then speaks both. */
  | { kind: 'not-found'; lang: Lang | null; path: string; requestedCode: number | null };

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** Maps a base-relative pathname to the page it shows. Pure, so prerender and client agree. */
export function resolveRoute(pathname: string): AppRoute {
  const segments = pathname.split('/').filter(Boolean);
  if (segments.at(-1) === 'index.html') segments.pop();
  const [first, second, third, ...rest] = segments;
  const numeric = segments.length > 0 && /^\d{1,6}$/.test(segments.at(-1) ?? '') ? Number(segments.at(-1)) : null;
  const notFound = (lang: Lang | null): AppRoute => ({
    kind: 'not-found',
    lang,
    path: safeDecode(pathname),
    requestedCode: numeric,
  });

  if (first === undefined) return { kind: 'index', lang: 'zh' };
  if (!isLang(first)) return notFound(null);
  if (second === undefined) return { kind: 'index', lang: first };
  if (second === 'codes' && third !== undefined && rest.length === 0 && /^\d{3}$/.test(third)) {
    const entry = findEntry(Number(third));
    if (entry) return { kind: 'code', lang: first, code: entry.code };
  }
  return notFound(first);
}

/** A stable key for a route, stamped on prerendered HTML so the client knows what it may hydrate. */
export function routeKey(route: AppRoute): string {
  switch (route.kind) {
    case 'index':
      return `index:${route.lang}`;
    case 'code':
      return `code:${route.lang}:${String(route.code)}`;
    case 'not-found':
      return `not-found:${route.lang ?? 'any'}:${route.path}`;
  }
}
