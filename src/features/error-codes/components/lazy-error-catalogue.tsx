import { LoadBoundary } from '@/components/load-boundary';
import { preloadable } from '@/lib/preloadable';
import type { TableSearch } from '@/lib/search-index';
import type { ErrorIndex } from '../data/split';

/* The catalogue and the table library load as their own chunk: only the catalogue page needs them. */
const catalogue = preloadable(async () => (await import('./error-catalogue')).ErrorCatalogue);

export const preloadErrorCatalogue = catalogue.preload;

export function LazyErrorCatalogue({ index, search }: { index: ErrorIndex; search: TableSearch }) {
  return (
    <LoadBoundary>
      <catalogue.Component index={index} search={search} />
    </LoadBoundary>
  );
}
