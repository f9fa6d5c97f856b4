import { useDeferredValue, useMemo } from 'react';
import { useLang } from '@/lib/lang-context';
import { useUiText } from '@/locales/use-ui-text';
import { useErrorIndex } from '../data/load';
import { filterErrorCodes } from '../search/error-filters';
import { useErrorFilters } from '../search/use-error-filters';
import { ErrorFilterBar } from './error-filter-bar';
import { ErrorTable } from './error-table';

/** The catalogue page's body: search, filters and the sortable table, all in the URL. */
export function ErrorCatalogue() {
  const lang = useLang();
  const t = useUiText();
  const index = useErrorIndex(lang);
  const { filters, update } = useErrorFilters(index);
  const shown = useDeferredValue(filters);
  const rows = useMemo(() => filterErrorCodes(index, shown), [index, shown]);
  return (
    <>
      <ErrorFilterBar index={index} filters={filters} count={rows.length} onChange={update} />
      {rows.length === 0 ? (
        <div className="no-matches">
          <p>
            <strong>{t('errors.noMatches')}</strong>
          </p>
          <button type="button" className="button" onClick={() => update({ query: '', status: null, area: null })}>
            {t('errors.clear')}
          </button>
        </div>
      ) : (
        <div className="table-scroll">
          <ErrorTable index={index} rows={rows} sort={filters.sort} onSort={(sort) => update({ sort })} />
        </div>
      )}
    </>
  );
}
