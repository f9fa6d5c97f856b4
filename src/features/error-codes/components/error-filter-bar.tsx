import { useId, useMemo } from 'react';
import { useUiText } from '@/locales/use-ui-text';
import type { ErrorIndex } from '../data/split';
import type { ErrorFilters } from '../search/error-filters';

interface Props {
  index: ErrorIndex;
  filters: ErrorFilters;
  count: number;
  /** Matches the status or area filter hides, said beside the count with a way to search them all. */
  hidden: number;
  /** The query is an error the site search answered (shown below the bar): said instead of "0 of 97". */
  answered: boolean;
  onChange: (next: Partial<ErrorFilters>) => void;
  /** Focus in the search box: a hint that search is about to be used. */
  onQueryFocus: () => unknown;
}

/** Search and filters for the catalogue; hidden where scripts do not run, since they could do nothing there. */
export function ErrorFilterBar({ index, filters, count, hidden, answered, onChange, onQueryFocus }: Props) {
  const t = useUiText();
  const id = useId();
  const statuses = useMemo(() => [...new Set(index.codes.flatMap((e) => e.statuses))].sort((a, b) => a - b), [index]);
  const filtered = filters.query !== '' || filters.status !== null || filters.area !== null;
  return (
    <>
      <form
        role="search"
        className="search needs-script"
        aria-label={t('errors.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <div className="search__row">
          <div className="search__field">
            <label htmlFor={`${id}-q`}>{t('errors.queryLabel')}</label>
            <input
              id={`${id}-q`}
              type="search"
              value={filters.query}
              placeholder={t('errors.queryPlaceholder')}
              autoComplete="off"
              spellCheck={false}
              onChange={(event) => onChange({ query: event.target.value })}
              onFocus={onQueryFocus}
              onKeyDown={(event) => {
                if (event.key === 'Escape' && filters.query) {
                  event.preventDefault();
                  onChange({ query: '' });
                }
              }}
            />
          </div>
          <div className="search__select">
            <label htmlFor={`${id}-status`}>{t('errors.statusFilter')}</label>
            <select
              id={`${id}-status`}
              value={filters.status ?? ''}
              onChange={(event) => onChange({ status: event.target.value ? Number(event.target.value) : null })}
            >
              <option value="">{t('errors.all')}</option>
              {statuses.map((status) => (
                <option key={status} value={status}>
                  {status}
                </option>
              ))}
            </select>
          </div>
          <div className="search__select">
            <label htmlFor={`${id}-area`}>{t('errors.areaFilter')}</label>
            <select
              id={`${id}-area`}
              value={filters.area ?? ''}
              onChange={(event) => onChange({ area: event.target.value || null })}
            >
              <option value="">{t('errors.all')}</option>
              {index.areas.map((area) => (
                <option key={area.id} value={area.id}>
                  {area.label}
                </option>
              ))}
            </select>
          </div>
        </div>
        <p className="search__count" role="status">
          {answered && count === 0
            ? t('search.pasteAnswered')
            : t('errors.count', { count, total: index.codes.length })}
          {hidden > 0 && count > 0 && (
            <>
              {' '}
              {t('errors.hiddenByFilters', { count: hidden })}{' '}
              <button type="button" className="link-button" onClick={() => onChange({ status: null, area: null })}>
                {t('errors.searchAll')}
              </button>
            </>
          )}
          {filtered && (
            <>
              {' '}
              <button
                type="button"
                className="link-button"
                onClick={() => onChange({ query: '', status: null, area: null })}
              >
                {t('errors.clear')}
              </button>
            </>
          )}
        </p>
      </form>
      <noscript>
        <p className="note">{t('errors.noScript')}</p>
      </noscript>
    </>
  );
}
