import { use, useDeferredValue, useMemo } from 'react';
import { useLocation } from 'wouter';
import { useLang } from '@/lib/lang-context';
import { useUiText } from '@/locales/use-ui-text';
import { statusCodes, tableDefinitions } from '../data/access';
import { loadSearch } from '../search/load-search';
import { useSearchState } from '../search/use-search-state';
import { useCodeLinks } from '@/lib/links';
import { NearestCodes } from './code-link-list';
import { SearchBar } from './search-bar';
import { StatusTable, type Row } from './status-table';

/** Long pasted queries are echoed shortened, not as a wall of text. */
const MAX_SHOWN = 60;

/** Every code, unranked and unhighlighted: what the page shows before anyone searches. */
const ALL_ROWS: readonly Row[] = statusCodes.map((entry) => ({ entry, score: 0, kind: 'phrase', highlights: [] }));

export function SearchableTables() {
  const lang = useLang();
  const t = useUiText();
  const links = useCodeLinks();
  const [, navigate] = useLocation();
  const { query, classFilter, update } = useSearchState();
  // The box shows every keystroke at once; the results follow as soon as they are computed (the
  // first query may wait for the search chunk, keeping the previous results on screen meanwhile).
  const shownQuery = useDeferredValue(query);
  const shownClass = useDeferredValue(classFilter);
  const search = shownQuery.trim() === '' && shownClass === 'all' ? null : use(loadSearch());
  const rows = useMemo(
    () => (search ? search.searchCodes(shownQuery, shownClass) : ALL_ROWS),
    [search, shownQuery, shownClass],
  );

  // Enter may come before the deferred results catch up with the last keystroke: match afresh.
  async function openSingleMatch() {
    const matches = (await loadSearch()).searchCodes(query, classFilter);
    const only = matches.length === 1 ? matches[0] : undefined;
    if (only) navigate(links.code(lang, only.entry.code));
  }

  return (
    <>
      <SearchBar
        query={query}
        classFilter={classFilter}
        count={rows.length}
        total={ALL_ROWS.length}
        onChange={update}
        onFocus={loadSearch}
        onSubmit={() => void openSingleMatch()}
      />
      <noscript>
        <p className="note">{t('search.noScript')}</p>
      </noscript>
      {rows.length === 0 ? (
        <NoMatches
          query={shownQuery}
          nearest={search?.nearestDocumentedCodes(shownQuery) ?? []}
          onClear={() => update({ query: '', classFilter: 'all' })}
        />
      ) : (
        tableDefinitions.map((definition) => {
          const tableRows = rows.filter((row) => row.entry.table === definition.id);
          return tableRows.length === 0 ? null : (
            <div className="table-scroll" key={definition.id}>
              <StatusTable definition={definition} rows={tableRows} />
            </div>
          );
        })
      )}
    </>
  );
}

function NoMatches({ query, nearest: codes, onClear }: { query: string; nearest: number[]; onClear: () => void }) {
  const t = useUiText();
  const shown = query.length > MAX_SHOWN ? `${query.slice(0, MAX_SHOWN)}…` : query;
  return (
    <div className="no-matches">
      <p>
        <strong>{t('search.noMatches', { query: shown })}</strong>
      </p>
      <NearestCodes codes={codes} label={t('search.nearest')} />
      <p className="note">{t('search.tryHint')}</p>
      <button type="button" className="button" onClick={onClear}>
        {t('search.clear')}
      </button>
    </div>
  );
}
