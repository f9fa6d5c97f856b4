import { pageTable, type PageKind, type ParamsOf } from '../../src/app/route-table';
import { listPages } from '../../src/app/site-pages';
import type { Lang } from '../../src/lib/languages';

/** The path of one page of a kind, built by the route table, which the build must also write. */
export function samplePath<K extends PageKind>(kind: K, lang: Lang, params: ParamsOf<K>): string {
  const path = (pageTable[kind].path as (lang: Lang, params: ParamsOf<K>) => string)(lang, params);
  if (!listPages().some((page) => page.path === path)) throw new Error(`The build writes no ${path} (${kind})`);
  return path;
}
