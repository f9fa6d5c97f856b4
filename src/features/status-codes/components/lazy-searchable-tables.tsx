import { LoadBoundary } from '@/components/load-boundary';
import { preloadable } from '@/lib/preloadable';
import type { TableSearch } from '@/lib/search-index';

/*
 * The tables, their filter and the table library load as their own chunk: only the index views need
 * them. The prerendered HTML already holds the tables, so the page is complete and its links work
 * while the chunk loads.
 */
const tables = preloadable(async () => (await import('./searchable-tables')).SearchableTables);

export const preloadSearchableTables = tables.preload;

export function LazySearchableTables({ search }: { search: TableSearch }) {
  return (
    <LoadBoundary>
      <tables.Component search={search} />
    </LoadBoundary>
  );
}
