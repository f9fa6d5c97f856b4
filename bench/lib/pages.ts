import { pageTable, type PageKind, type ParamsOf } from '../../src/app/route-table';
import { listPages } from '../../src/app/site-pages';
import type { Lang } from '../../src/lib/languages';
import { onePagePerKind } from '../../e2e/lib/site-pages';

/** The path of one page of a kind, built by the route table, which the build must also write. */
export function samplePath<K extends PageKind>(kind: K, lang: Lang, params: ParamsOf<K>): string {
  const path = (pageTable[kind].path as (lang: Lang, params: ParamsOf<K>) => string)(lang, params);
  if (!listPages().some((page) => page.path === path)) throw new Error(`The build writes no ${path} (${kind})`);
  return path;
}

/**
 * One page of every kind in each language, and the root, as the first-visit budget test measures
 * them (e2e/budgets.spec.ts): read from the route table, with the paths that reach the not-found kinds.
 */
export const firstVisitPages = (): { kind: PageKind; path: string }[] => onePagePerKind();
