import { patterns } from '@/lib/paths';
import { pageKinds, pageTable, ROOT_ROUTE, type AppRoute } from './route-table';

function resolve(pathname: string): AppRoute {
  if (patterns.root.match(pathname)) return ROOT_ROUTE;
  for (const kind of pageKinds) {
    const page = pageTable[kind];
    const raw = page.pattern.match(pathname);
    const found = raw && page.parse(raw, pathname);
    if (found) return { kind, ...found } as AppRoute;
  }
  // Unreachable: the last kind accepts every path. Typed for the compiler's sake.
  throw new Error(`No page kind accepts ${pathname}`);
}

const resolved = new Map<string, AppRoute>();

/**
 * The page a base-relative pathname shows. Pure, so prerender and client agree; remembered per path,
 * so start-up, navigation and rendering resolve a path once.
 */
export function resolveRoute(pathname: string): AppRoute {
  let route = resolved.get(pathname);
  if (!route) {
    route = resolve(pathname);
    if (resolved.size > 500) resolved.clear(); // Unbounded only if someone types paths all day.
    resolved.set(pathname, route);
  }
  return route;
}

/** A stable key for a route, stamped on prerendered HTML so the client knows what it may hydrate. */
export function routeKey(route: AppRoute): string {
  const params = Object.entries(route.params)
    .filter(([name, value]) => name !== 'lang' && value !== null)
    .map(([, value]) => String(value));
  return [route.kind, route.lang ?? 'any', ...params].join(':');
}
