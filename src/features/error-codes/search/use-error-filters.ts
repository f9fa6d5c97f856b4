import { useCallback, useMemo } from 'react';
import { useLocation, useSearch } from 'wouter';
import type { ErrorIndex } from '../data/split';
import { filterParams, parseErrorFilters, type ErrorFilters } from './error-filters';

/*
 * The catalogue's query, filters and sort live in the URL, so a filtered view can be shared and
 * survives reloads and language switches. Updates replace the history entry: typing is not history.
 */
export function useErrorFilters(index: ErrorIndex) {
  const search = useSearch();
  const [location, navigate] = useLocation();
  const filters = useMemo(() => parseErrorFilters(new URLSearchParams(search), index), [search, index]);
  const update = useCallback(
    (next: Partial<ErrorFilters>) => {
      const qs = filterParams({ ...filters, ...next }, new URLSearchParams(search)).toString();
      navigate(qs ? `${location}?${qs}` : location, { replace: true });
    },
    [filters, search, location, navigate],
  );
  return { filters, update };
}
