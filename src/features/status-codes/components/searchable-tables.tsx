import { use, useDeferredValue, useMemo } from 'react';
import { useLocation } from 'wouter';
import { useLang } from '@/lib/lang-context';
import { useCodeLinks } from '@/lib/links';
import type { SearchIndex, TableSearch } from '@/lib/search-index';
import { useTableAnswer } from '@/lib/use-table-answer';
import { useUiText } from '@/locales/use-ui-text';
import { entriesBesideTables, findEntry, isInSource, statusCodes, tableDefinitions } from '../data/access';
import { nearestDocumentedCodes } from '../data/nearest';
import { classOf } from '../data/status-class';
import type { ClassFilter } from '../search/class-filter';
import { rowsOf, type Row } from '../search/rows';
import { useSearchState } from '../search/use-search-state';
import { CodeLinkList, NearestCodes } from './code-link-list';
import { SearchBar } from './search-bar';
import { StatusTable } from './status-table';

/** Long pasted queries are echoed shortened, not as a wall of text. */
const MAX_SHOWN = 60;

/** Every row of the source tables, unranked and unhighlighted: what the page shows before anyone searches. */
const ALL_ROWS: readonly Row[] = statusCodes.filter(isInSource).map((entry) => ({ entry, highlights: [] }));

const inTables = (code: number): boolean => {
  const entry = findEntry(code);
  return entry !== undefined && isInSource(entry);
};

const inClass = (classFilter: ClassFilter) => (code: number) => classFilter === 'all' || classOf(code) === classFilter;

/** The table rows a query shows, as the tables show them, and how many matches the class filter hid. */
function matchingRows(index: SearchIndex, query: string, classFilter: ClassFilter) {
  const keep = inClass(classFilter);
  // A status beside the tables passes the class filter, so it never counts as hidden by it.
  const result = index.search(query, { filter: (doc) => keep(doc.num) || !inTables(doc.num) });
  // A code query (404, 4xx) lists the codes it names, not every text that mentions them.
  const byCode = result.hits.filter((hit) => hit.tier === 'code');
  // The tables stay as the source page has them: statuses it does not list are linked below, not added.
  const rows = rowsOf(byCode.length ? byCode : result.hits).filter((row) => isInSource(row.entry));
  return { rows, hidden: result.hiddenByFilter };
}

/** The status-code tables with their filter; the route hands them the search (the search feature's `statusTableSearch`). */
export function SearchableTables({ search }: { search: TableSearch }) {
  const lang = useLang();
  const t = useUiText();
  const links = useCodeLinks();
  const [, navigate] = useLocation();
  const { query, classFilter, update } = useSearchState();
  // The box shows every keystroke at once; the results follow as soon as they are computed (the
  // first query may wait for the search chunk, keeping the previous results on screen meanwhile).
  const shownQuery = useDeferredValue(query);
  const shownClass = useDeferredValue(classFilter);
  const index = shownQuery.trim() === '' ? null : use(search.load());
  const { rows, hidden } = useMemo(() => {
    if (!index) return { rows: ALL_ROWS.filter((row) => inClass(shownClass)(row.entry.code)), hidden: 0 };
    return matchingRows(index, shownQuery, shownClass);
  }, [index, shownQuery, shownClass]);
  // An error pasted or typed here (a body, a log line, VPC.0114) gets the site search's answer, not an empty table.
  const answer = useTableAnswer(search, shownQuery, {
    tableEmpty: rows.length === 0 && hidden === 0,
    codesElsewhere: true,
  });

  // Enter may come before the deferred results catch up with the last keystroke: match afresh.
  async function openSingleMatch() {
    if (!query.trim()) return;
    const loaded = await search.load().catch(() => null);
    if (!loaded) return; // The results area says the search could not load.
    const matches = matchingRows(loaded, query, classFilter).rows;
    const only = matches.length === 1 ? matches[0] : undefined;
    if (only) navigate(links.code(lang, only.entry.code));
  }

  const searchAll = () => update({ classFilter: 'all' });
  return (
    <>
      <SearchBar
        query={query}
        classFilter={classFilter}
        count={rows.length}
        total={ALL_ROWS.length}
        hidden={hidden}
        onSearchAll={searchAll}
        answered={answer !== null}
        onChange={update}
        // Fetched ahead when the box gets focus; a failure shows once a query needs the search (LoadBoundary).
        onFocus={() => void search.load().catch(() => undefined)}
        onSubmit={() => void openSingleMatch()}
      />
      <noscript>
        <p className="note">{t('search.noScript')}</p>
      </noscript>
      {answer}
      {rows.length === 0 ? (
        answer ? null : (
          <NoMatches
            query={shownQuery}
            hidden={hidden}
            onSearchAll={searchAll}
            onClear={() => update({ query: '', classFilter: 'all' })}
          />
        )
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
      <AlsoReturned />
    </>
  );
}

/** The statuses the source tables do not list, apart from them, so the tables stay exactly as the source has them. */
function AlsoReturned() {
  const t = useUiText();
  if (entriesBesideTables.length === 0) return null;
  return (
    <section aria-labelledby="also-returned-heading" className="also-returned">
      <h2 id="also-returned-heading">{t('detail.alsoReturnedHeading')}</h2>
      <p>{t('detail.alsoReturnedIntro')}</p>
      <CodeLinkList codes={entriesBesideTables.map((e) => e.code)} />
    </section>
  );
}

interface NoMatchesProps {
  query: string;
  /** Matches the class filter hides: then the answer is "search all", not "nearest codes". */
  hidden: number;
  onSearchAll: () => void;
  onClear: () => void;
}

function NoMatches({ query, hidden, onSearchAll, onClear }: NoMatchesProps) {
  const t = useUiText();
  const shown = query.length > MAX_SHOWN ? `${query.slice(0, MAX_SHOWN)}…` : query;
  return (
    <div className="no-matches">
      <p>
        <strong>{t('search.noMatches', { query: shown })}</strong>
      </p>
      {hidden > 0 ? (
        <p>
          {t('search.hiddenByClass', { count: hidden })}{' '}
          <button type="button" className="button" onClick={onSearchAll}>
            {t('search.searchAll')}
          </button>
        </p>
      ) : (
        <>
          <NearestCodes codes={nearestDocumentedCodes(query)} label={t('search.nearest')} />
          <p className="note">{t('search.tryHint')}</p>
        </>
      )}
      <button type="button" className="button" onClick={onClear}>
        {t('search.clear')}
      </button>
    </div>
  );
}
