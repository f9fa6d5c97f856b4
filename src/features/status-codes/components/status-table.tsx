import { useMemo } from 'react';
import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { Link } from 'wouter';
import { useLang } from '@/lib/lang-context';
import { useUiText } from '@/locales/use-ui-text';
import { paths } from '@/lib/paths';
import type { TableDefinition } from '../data/status-codes';
import type { Row, RowField } from '../search/rows';
import { useCodeLinks } from '@/lib/links';
import { Highlight } from '@/components/highlight';

export type { Row };

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, Row>();

const rangesOf = (row: Row, field: RowField) => row.highlights.find((h) => h.field === field)?.ranges;

/** "404 Not Found" as one cell, with the code's and the phrase's highlights shifted into place. */
function StatusLine({ row }: { row: Row }) {
  const code = String(row.entry.code);
  const shift = code.length + 1;
  const ranges = [
    ...(rangesOf(row, 'code') ?? []),
    ...(rangesOf(row, 'reasonPhrase') ?? []).map(([s, e]) => [s + shift, e + shift] as [number, number]),
  ];
  return <Highlight text={`${code} ${row.entry.reasonPhrase}`} ranges={ranges} />;
}

/*
 * One table of the source document with the source's columns: success rows show
 * code / type / description, error rows "code phrase" / description. The code cell is a row
 * header linking to the code's page.
 */
export function StatusTable({ definition, rows }: { definition: TableDefinition; rows: readonly Row[] }) {
  const lang = useLang();
  const t = useUiText();
  const links = useCodeLinks();
  const columns = useMemo(
    () =>
      helper.columns(
        definition.columns.map((col) =>
          helper.display({
            id: col.key,
            header: col.label[lang],
            cell: ({ row: { original: row } }) => {
              const e = row.entry;
              if (col.key === 'description') {
                return <Highlight text={e.description[lang]} ranges={rangesOf(row, `description.${lang}`)} />;
              }
              if (col.key === 'type') return <Highlight text={e.reasonPhrase} ranges={rangesOf(row, 'reasonPhrase')} />;
              return (
                <Link
                  href={links.code(lang, e.code)}
                  aria-label={t('index.openCode', { code: e.code, phrase: e.reasonPhrase })}
                >
                  {definition.id === 'success' ? (
                    <Highlight text={String(e.code)} ranges={rangesOf(row, 'code')} />
                  ) : (
                    <StatusLine row={row} />
                  )}
                </Link>
              );
            },
          }),
        ),
      ),
    [definition, lang, t, links],
  );
  const table = useTable({ features, columns, data: rows as Row[] });

  return (
    <table className={`status-table status-table--${definition.id}`} id={`table-${definition.id}`}>
      <caption>{definition.caption[lang]}</caption>
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => (
              <th key={header.id} scope="col" className={`col-${header.column.id}`}>
                <table.FlexRender header={header} />
              </th>
            ))}
          </tr>
        ))}
      </thead>
      <tbody>
        {table.getRowModel().rows.map((row) => (
          <tr key={row.original.entry.code} id={paths.rowId(row.original.entry.code)}>
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
