import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/test/render-with-providers';
import { loadErrorPage, type ErrorPageData } from '../data/load';
import { ErrorCodeDetail } from './error-code-detail';
import { ErrorCodesForStatus } from './error-codes-for-status';

// Error-code pages load their index and their code's details before rendering; the tests do the same.
let en: ErrorPageData;
let zh: ErrorPageData;
beforeAll(async () => {
  [en, zh] = await Promise.all([loadErrorPage('en', 'VPC.0208'), loadErrorPage('zh', 'VPC.0114')]);
});

describe('ErrorCodeDetail', () => {
  it('shows the code, its statuses, guidance, every occurrence with both wordings, an example and related codes', () => {
    renderWithProviders(<ErrorCodeDetail code="VPC.0208" {...en} />, { lang: 'en', path: '/en/errors/VPC.0208' });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/^VPC\.0208 /);
    for (const link of screen.getAllByRole('link', { name: '500 Internal Server Error' })) {
      expect(link).toHaveAttribute('href', '/en/codes/500');
    }
    const table = screen.getByRole('table', { name: /Operations that return VPC\.0208/ });
    const row = within(table).getByRole('row', { name: /Deleting a subnet/ });
    expect(row).toHaveTextContent(
      'The subnet cannot be deleted because it has private IP addresses that are being used.',
    );
    expect(row).toHaveTextContent('Subnet is used by private IP, can not be deleted.');
    expect(screen.getByRole('region', { name: 'Example response body' })).toHaveTextContent(
      '"message": "The subnet cannot be deleted because it has private IP addresses that are being used."',
    );
    expect(
      within(screen.getByRole('region', { name: 'Related error codes' })).getAllByRole('link').length,
    ).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: 'Back to all error codes' })).toHaveAttribute(
      'href',
      '/en/errors/#error-VPC-0208',
    );
  });

  it('speaks the page language around the literal English messages', () => {
    renderWithProviders(<ErrorCodeDetail code="VPC.0114" {...zh} />, { lang: 'zh', path: '/zh/errors/VPC.0114' });
    expect(screen.getByRole('row', { name: /创建VPC/ })).toBeInTheDocument();
    const message = screen.getByText("Quota exceeded for resources: ['router'].", { selector: 'td code' });
    expect(message).toHaveAttribute('lang', 'en');
  });
});

describe('ErrorCodesForStatus', () => {
  it('lists the codes documented for a status, and nothing for a status without any', () => {
    const { unmount } = renderWithProviders(<ErrorCodesForStatus status={401} index={en.index} />, { lang: 'en' });
    const list = screen.getByRole('region', { name: 'VPC error codes documented for this status' });
    expect(
      within(list)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['/en/errors/VPC.0005', '/en/errors/VPC.0008', '/en/errors/VPC.0009']);
    unmount();
    const { container } = renderWithProviders(<ErrorCodesForStatus status={503} index={en.index} />, { lang: 'en' });
    expect(container).toBeEmptyDOMElement();
  });
});
