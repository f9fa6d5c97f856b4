import { useMemo } from 'react';
import { Link, useLocation } from 'wouter';
import { useLang, useUiText } from '@/lib/lang-context';
import { findEntry, statusLine, tableDefinitions } from '../data/access';
import { statusCodes } from '../data/status-codes';
import { nearestDocumentedCodes, searchCodes } from '../search/search-codes';
import { useSearchState } from '../search/use-search-state';
import { useCodeLinks } from './code-links';
import { SearchBar } from './search-bar';
import { StatusTable, type Row } from './status-table';

/** Long pasted queries are echoed shortened, not as a wall of text. */
const MAX_SHOWN = 60;

/** Every code, unranked and unhighlighted: what the page shows before anyone searches. */
const ALL_ROWS: readonly Row[] = statusCodes.map((entry) => ({ entry, score: 0, kind: 'phrase', highlights: [] }));

export function SearchableTables() {
  const lang = useLang();
  const links = useCodeLinks();
  const [, navigate] = useLocation();
  const { query, classFilter, update } = useSearchState();
  const rows = useMemo(
    () => (query.trim() === '' && classFilter === 'all' ? ALL_ROWS : searchCodes(query, classFilter)),
    [query, classFilter],
  );

  function openSingleMatch() {
    const only = rows.length === 1 ? rows[0] : undefined;
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
        onSubmit={openSingleMatch}
      />
      {rows.length === 0 ? (
        <NoMatches query={query} onClear={() => update({ query: '', classFilter: 'all' })} />
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

function NoMatches({ query, onClear }: { query: string; onClear: () => void }) {
  const lang = useLang();
  const links = useCodeLinks();
  const t = useUiText();
  const nearest = nearestDocumentedCodes(query)
    .map(findEntry)
    .filter((e) => e !== undefined);
  const shown = query.length > MAX_SHOWN ? `${query.slice(0, MAX_SHOWN)}…` : query;
  return (
    <div className="no-matches">
      <p>
        <strong>{t('search.noMatches', { query: shown })}</strong>
      </p>
      {nearest.length > 0 && (
        <>
          <p>{t('search.nearest')}</p>
          <ul className="related">
            {nearest.map((e) => (
              <li key={e.code}>
                <Link href={links.code(lang, e.code)}>{statusLine(e)}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="note">{t('search.tryHint')}</p>
      <button type="button" className="button" onClick={onClear}>
        {t('search.clear')}
      </button>
    </div>
  );
}
