import { useMemo } from 'react';
import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { Link } from 'wouter';
import { useLang, useUiText } from '@/lib/lang-context';
import { paths } from '@/lib/paths';
import { entriesOfTable, statusLine } from '../data/access';
import type { StatusCodeEntry, TableDefinition } from '../data/status-codes';

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, StatusCodeEntry>();

/*
 * Renders one table of the source document with the source's columns: success rows show
 * code / type / description, error rows show "code phrase" / description. The code cell is
 * a row header linking to the code's page.
 */
export function StatusTable({ definition }: { definition: TableDefinition }) {
  const lang = useLang();
  const t = useUiText();
  const data = useMemo(() => entriesOfTable(definition.id), [definition.id]);
  const columns = useMemo(
    () =>
      helper.columns(
        definition.columns.map((col) =>
          helper.display({
            id: col.key,
            header: col.label[lang],
            cell: ({ row }) => {
              const e = row.original;
              if (col.key === 'description') return e.description[lang];
              if (col.key === 'type') return e.reasonPhrase;
              const label = definition.id === 'success' ? String(e.code) : statusLine(e);
              return (
                <Link
                  href={paths.codeDetail(lang, e.code)}
                  aria-label={t('index.openCode', { code: e.code, phrase: e.reasonPhrase })}
                >
                  {label}
                </Link>
              );
            },
          }),
        ),
      ),
    [definition, lang, t],
  );
  const table = useTable({ features, columns, data });

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
          <tr key={row.id} id={paths.rowId(row.original.code)}>
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
