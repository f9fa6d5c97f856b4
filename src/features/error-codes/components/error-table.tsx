import { useMemo } from 'react';
import {
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_alphanumeric,
  tableFeatures,
  useTable,
  type SortingState,
} from '@tanstack/react-table';
import { Link } from 'wouter';
import { useLang } from '@/lib/lang-context';
import { useCodeLinks } from '@/lib/links';
import { paths } from '@/lib/paths';
import { useHydrated } from '@/lib/use-hydrated';
import { useUiText } from '@/locales/use-ui-text';
import type { ErrorIndex, ErrorIndexEntry } from '../data/split';
import type { Sort, SortColumn } from '../search/error-filters';
import { StatusLinks } from './status-links';

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric },
});
const helper = createColumnHelper<typeof features, ErrorIndexEntry>();

/** Operations shown in a row before "and N more": the code's page lists them all. */
const SHOWN_OPERATIONS = 3;

interface Props {
  index: ErrorIndex;
  rows: ErrorIndexEntry[];
  sort: Sort;
  onSort: (sort: Sort) => void;
}

/* The catalogue: one row per code, sortable by code and by HTTP status; the code cell heads its row. */
export function ErrorTable({ index, rows, sort, onSort }: Props) {
  const hydrated = useHydrated();
  const lang = useLang();
  const t = useUiText();
  const links = useCodeLinks();
  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor('code', {
          id: 'code',
          header: t('errors.columns.code'),
          sortFn: 'alphanumeric',
          cell: ({ row }) => (
            <Link href={links.error(lang, row.original.code)}>
              <code>{row.original.code}</code>
            </Link>
          ),
        }),
        helper.accessor((e) => e.statuses[0] ?? 0, {
          id: 'status',
          header: t('errors.columns.status'),
          // Ties keep code order, so a status sort reads as "by status, then code".
          sortFn: (a, b) =>
            (a.original.statuses[0] ?? 0) - (b.original.statuses[0] ?? 0) ||
            a.original.code.localeCompare(b.original.code),
          cell: ({ row }) => <StatusLinks statuses={row.original.statuses} short />,
        }),
        helper.display({ id: 'title', header: t('errors.columns.title'), cell: ({ row }) => row.original.title }),
        helper.display({
          id: 'operations',
          header: t('errors.columns.operations'),
          cell: ({ row }) => {
            const names = row.original.operations.map((i) => index.operations[i] ?? '');
            const more = names.length - SHOWN_OPERATIONS;
            return (
              <>
                {names.slice(0, SHOWN_OPERATIONS).join(lang === 'zh' ? '、' : ', ')}
                {more > 0 && <span className="muted"> {t('errors.moreOperations', { count: more })}</span>}
              </>
            );
          },
        }),
      ]),
    [index, lang, links, t],
  );
  const sorting = useMemo<SortingState>(() => [{ id: sort.column, desc: sort.desc }], [sort]);
  const table = useTable({
    features,
    columns,
    data: rows,
    state: { sorting },
    enableSortingRemoval: false,
    enableMultiSort: false,
    // Numbers would start descending; every column here reads naturally from the smallest first.
    sortDescFirst: false,
    onSortingChange: (updater) => {
      const [next] = typeof updater === 'function' ? updater(sorting) : updater;
      if (next) onSort({ column: next.id as SortColumn, desc: next.desc });
    },
  });

  return (
    <table className="error-table" id="error-table">
      <caption>{t('errors.caption')}</caption>
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => {
              // Sorting runs in the app: the prerendered page (read without scripts) offers no buttons that do nothing.
              const sortable = hydrated && (header.column.id === 'code' || header.column.id === 'status');
              const sorted = header.column.getIsSorted();
              return (
                <th
                  key={header.id}
                  scope="col"
                  className={`col-${header.column.id}`}
                  aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                >
                  {sortable ? (
                    <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                      <table.FlexRender header={header} />
                      <span className="sort-button__arrow" aria-hidden="true">
                        {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                      </span>
                      {sorted && (
                        <span className="visually-hidden">
                          {t(sorted === 'asc' ? 'errors.sortAscending' : 'errors.sortDescending')}
                        </span>
                      )}
                    </button>
                  ) : (
                    <table.FlexRender header={header} />
                  )}
                </th>
              );
            })}
          </tr>
        ))}
      </thead>
      <tbody>
        {table.getRowModel().rows.map((row) => (
          <tr key={row.original.code} id={paths.errorRowId(row.original.code)}>
            {row.getAllCells().map((cell) =>
              cell.column.id === 'code' ? (
                <th key={cell.id} scope="row" className="col-code">
                  <table.FlexRender cell={cell} />
                </th>
              ) : (
                <td key={cell.id} className={`col-${cell.column.id}`}>
                  <table.FlexRender cell={cell} />
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
