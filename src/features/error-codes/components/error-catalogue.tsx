import { use, useDeferredValue, useMemo } from 'react';
import type { TableSearch } from '@/lib/search-index';
import { useTableAnswer } from '@/lib/use-table-answer';
import { useUiText } from '@/locales/use-ui-text';
import type { ErrorIndex } from '../data/split';
import { filterErrorCodes } from '../search/error-filters';
import { useErrorFilters } from '../search/use-error-filters';
import { ErrorFilterBar } from './error-filter-bar';
import { ErrorTable } from './error-table';

/**
 * The catalogue page's body: search, filters and the sortable table, all in the URL. The route hands it
 * the search (the search feature's `errorTableSearch`).
 */
export function ErrorCatalogue({ index, search }: { index: ErrorIndex; search: TableSearch }) {
  const t = useUiText();
  const { filters, update } = useErrorFilters(index);
  // The box shows every keystroke at once; the table follows once the search has loaded (the first
  // query waits for its chunk, keeping the previous rows on screen meanwhile).
  const shown = useDeferredValue(filters);
  const loaded = shown.query.trim() === '' ? null : use(search.load());
  const { rows, hidden } = useMemo(() => filterErrorCodes(index, shown, loaded), [index, shown, loaded]);
  // An error pasted or typed here (a body, a log line) gets the site search's answer, not an empty table.
  const answer = useTableAnswer(search, shown.query, {
    tableEmpty: rows.length === 0 && hidden === 0,
    codesElsewhere: false,
  });
  const searchAll = () => update({ status: null, area: null });
  return (
    <>
      <ErrorFilterBar
        index={index}
        filters={filters}
        count={rows.length}
        hidden={hidden}
        answered={answer !== null}
        onChange={update}
        // Fetched ahead when the box gets focus; a failure shows once a query needs the search (LoadBoundary).
        onQueryFocus={() => void search.load().catch(() => undefined)}
      />
      {answer}
      {rows.length === 0 ? (
        answer ? null : (
          <div className="no-matches">
            <p>
              <strong>{t('errors.noMatches')}</strong>
            </p>
            {hidden > 0 && (
              <p>
                {t('errors.hiddenByFilters', { count: hidden })}{' '}
                <button type="button" className="button" onClick={searchAll}>
                  {t('errors.searchAll')}
                </button>
              </p>
            )}
            <button type="button" className="button" onClick={() => update({ query: '', status: null, area: null })}>
              {t('errors.clear')}
            </button>
          </div>
        )
      ) : (
        <div className="table-scroll">
          <ErrorTable index={index} rows={rows} sort={filters.sort} onSort={(sort) => update({ sort })} />
        </div>
      )}
    </>
  );
}
