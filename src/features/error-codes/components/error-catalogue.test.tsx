import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorTableSearch } from '@/features/search';
import { renderWithProviders } from '@/test/render-with-providers';
import { loadErrorIndex } from '../data/load';
import type { ErrorIndex } from '../data/split';
import { ErrorCatalogue } from './error-catalogue';

let index: ErrorIndex;
beforeAll(async () => {
  [index] = await Promise.all([loadErrorIndex('en'), errorTableSearch.load()]);
});

const rowCodes = () =>
  within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);

// Ninety-seven rows re-rendered on each click: slow in jsdom on a busy machine, not in a browser.
describe('ErrorCatalogue', { timeout: 20_000 }, () => {
  it('lists every code, and sorts by status from the column heading, in the URL', async () => {
    const { location } = renderWithProviders(<ErrorCatalogue index={index} search={errorTableSearch} />, {
      lang: 'en',
      path: '/en/errors/',
    });
    expect(rowCodes()).toHaveLength(97);
    expect(rowCodes()[0]).toBe('VPC.0002');
    await userEvent.click(screen.getByRole('button', { name: 'HTTP status' }));
    expect(screen.getByRole('columnheader', { name: /HTTP status/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(rowCodes()[0], 'the first code documented with 200').toBe('VPC.0607');
    await userEvent.click(screen.getByRole('button', { name: /HTTP status/ }));
    expect(screen.getByRole('columnheader', { name: /HTTP status/ })).toHaveAttribute('aria-sort', 'descending');
    expect(location.history?.at(-1)).toBe('/en/errors/?sort=-status');
  });

  it('filters by status and area, says how many it shows, and clears', async () => {
    const { location } = renderWithProviders(<ErrorCatalogue index={index} search={errorTableSearch} />, {
      lang: 'en',
      path: '/en/errors/?status=401',
    });
    expect(rowCodes()).toEqual(['VPC.0005', 'VPC.0008', 'VPC.0009']);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 3 of 97 error codes');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Area' }), 'quota');
    expect(location.history?.at(-1)).toBe('/en/errors/?status=401&area=quota');
    expect(screen.getByText('No error code matches these filters.')).toBeInTheDocument();
    await userEvent.click(screen.getAllByRole('button', { name: 'Clear search and filters' })[0]!);
    expect(rowCodes()).toHaveLength(97);
  });

  it('searches every text and message of the codes, and offers to lift filters that hide matches', async () => {
    const { location } = renderWithProviders(<ErrorCatalogue index={index} search={errorTableSearch} />, {
      lang: 'en',
      path: '/en/errors/?status=500',
    });
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search error codes' }), 'Quota exceeded for resources');
    expect(await screen.findByText('No error code matches these filters.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Search all statuses and areas' }));
    expect(location.history?.at(-1)).toMatch(/^\/en\/errors\/\?q=[^&]+$/);
    expect(rowCodes()).toContain('VPC.0114');
  });
});
