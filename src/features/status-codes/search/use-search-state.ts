import { useCallback, useMemo } from 'react';
import { useLocation, useSearch } from 'wouter';
import { parseClassFilter, type ClassFilter } from './class-filter';

export interface SearchState {
  query: string;
  classFilter: ClassFilter;
  update: (next: { query?: string; classFilter?: ClassFilter }) => void;
}

/*
 * The query and class filter live in the URL (?q=…&class=…), so a filtered view can be shared and
 * survives reloads and language switches. Updates replace the history entry: typing is not history.
 * During hydration wouter reports an empty search string, so the first render matches the
 * prerendered (unfiltered) page and the filter applies right after.
 */
export function useSearchState(): SearchState {
  const search = useSearch();
  const [location, navigate] = useLocation();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const query = params.get('q') ?? '';
  const classFilter = parseClassFilter(params.get('class'));

  const update = useCallback<SearchState['update']>(
    (next) => {
      const updated = new URLSearchParams(search);
      const q = next.query ?? query;
      const c = next.classFilter ?? classFilter;
      if (q) updated.set('q', q);
      else updated.delete('q');
      if (c !== 'all') updated.set('class', c);
      else updated.delete('class');
      const qs = updated.toString();
      navigate(qs ? `${location}?${qs}` : location, { replace: true });
    },
    [search, query, classFilter, location, navigate],
  );

  return { query, classFilter, update };
}
