import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/test/render-with-providers';
import { entriesOfTable, tableDefinitions } from '../data/access';
import type { TableId } from '../data/status-codes';
import { StatusTable } from './status-table';

const [success, error] = tableDefinitions;
const rowsOf = (table: TableId) =>
  entriesOfTable(table).map((entry) => ({ entry, score: 0, kind: 'phrase' as const, highlights: [] }));

describe('StatusTable', () => {
  it('renders the success table with its caption, column headers and one row per code', () => {
    renderWithProviders(<StatusTable definition={success!} rows={rowsOf('success')} />, { lang: 'zh' });
    const table = screen.getByRole('table', { name: '表 1 正常返回值' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['正常返回码', '类型', '说明']);
    const rowHeaders = within(table)
      .getAllByRole('rowheader')
      .map((h) => h.textContent);
    expect(rowHeaders).toEqual(entriesOfTable('success').map((e) => String(e.code)));
    expect(within(table).getByRole('cell', { name: 'GET、PUT、POST操作正常返回' })).toBeInTheDocument();
  });

  it('links each error code to its detail page in the page language', () => {
    renderWithProviders(<StatusTable definition={error!} rows={rowsOf('error')} />, { lang: 'en' });
    const table = screen.getByRole('table', { name: /^Table 2/ });
    const link = within(table).getByRole('link', { name: /^404 Not Found/ });
    expect(link).toHaveAttribute('href', '/en/codes/404');
    expect(link.closest('tr')).toHaveAttribute('id', 'code-404');
    expect(within(table).getAllByRole('row')).toHaveLength(entriesOfTable('error').length + 1);
  });
});

describe('StatusTable highlights', () => {
  it('marks the matched ranges of the status line and description', () => {
    const [row] = rowsOf('error').filter((r) => r.entry.code === 504);
    const highlighted = {
      ...row!,
      highlights: [
        { field: 'reasonPhrase' as const, ranges: [[8, 15]] as [number, number][] },
        { field: 'description.zh' as const, ranges: [[2, 4]] as [number, number][] },
      ],
    };
    renderWithProviders(<StatusTable definition={error!} rows={[highlighted]} />, { lang: 'zh' });
    const marks = screen.getAllByText((_, el) => el?.tagName === 'MARK').map((m) => m.textContent);
    expect(marks).toEqual(['Timeout', '超时']);
  });
});
