import { pageKinds, type PageKind } from '../../src/app/route-table';
import { listPages, type SitePage } from '../../src/app/site-pages';

/*
 * The pages under test, read from the route table, so a new kind of page is tested without editing
 * lists here. Kinds with no page of their own (the not-found kinds) are reached through paths that
 * no page has; `UNKNOWN_PATHS` must name one for each, and `samplesOf` fails when one is missing.
 */

export const sitePages: readonly SitePage[] = listPages();

/** Paths no page has, by the kind that answers them. */
export const UNKNOWN_PATHS: Partial<Record<PageKind, readonly string[]>> = {
  'embed-not-found': ['/en/embed/codes/999'],
  'not-found': ['/en/codes/999', '/zh/codes/402', '/zh/nope', '/fr/', '/en/gateway/nope', '/en/neutron/subnetinuse'],
};

/** Every page the build writes for a path (the generic 404.html has none). */
export const pathsOf = (filter: (page: SitePage) => boolean = () => true): string[] =>
  sitePages.filter((page) => page.path !== null && filter(page)).map((page) => page.path!);

/** One path per kind and language (or the unknown paths of a not-found kind), plus the root. */
export function onePagePerKind(): { kind: PageKind; path: string }[] {
  const samples: { kind: PageKind; path: string }[] = [{ kind: 'index', path: '/' }];
  for (const kind of pageKinds) {
    const own = sitePages.filter((page) => page.kind === kind && page.path !== null && !page.root);
    const paths = own.length
      ? [...new Map(own.map((page) => [page.lang, page.path!])).values()]
      : (UNKNOWN_PATHS[kind] ?? []);
    if (paths.length === 0) throw new Error(`No sample path for the "${kind}" pages: add one to UNKNOWN_PATHS`);
    samples.push(...paths.map((path) => ({ kind, path })));
  }
  return samples;
}

/**
 * The paths of `pathsOf(filter)`, at most `perKind` of each kind and language, evenly spread (first
 * and last included): every kind is checked, and a kind of hundreds of alike pages stays affordable.
 */
export function spreadOf(filter: (page: SitePage) => boolean, perKind = 16): string[] {
  const groups = new Map<string, string[]>();
  for (const page of sitePages) {
    if (page.path === null || !filter(page)) continue;
    const key = `${page.kind}:${page.lang ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), page.path]);
  }
  return [...groups.values()].flatMap((paths) =>
    paths.length <= perKind
      ? paths
      : Array.from({ length: perKind }, (_, i) => paths[Math.round((i * (paths.length - 1)) / (perKind - 1))]!),
  );
}

/**
 * The time a test that walks `pages` pages may take: each page is loaded, started and checked in turn,
 * so the limit grows with the walk (a slow machine running two workers takes seconds per page).
 */
export const walkTimeout = (pages: number): number => 30_000 + pages * 5_000;
