import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/test/render-with-providers';
import { loadErrorPage, type ErrorPageData } from '../data/load';
import { ErrorCodeDetail } from './error-code-detail';
import { ErrorCodesForStatus } from './error-codes-for-status';

// Error-code pages load their index and their code's details before rendering; the tests do the same.
let en: ErrorPageData;
let zh: ErrorPageData;
let en0209: ErrorPageData;
let zh0105: ErrorPageData;
beforeAll(async () => {
  [en, zh, en0209, zh0105] = await Promise.all([
    loadErrorPage('en', 'VPC.0208'),
    loadErrorPage('zh', 'VPC.0114'),
    loadErrorPage('en', 'VPC.0209'),
    loadErrorPage('zh', 'VPC.0105'),
  ]);
});

describe('ErrorCodeDetail', () => {
  it('shows a status seen in a public report beside the documented one, with the report as its source', () => {
    renderWithProviders(<ErrorCodeDetail code="VPC.0209" {...en0209} />, { lang: 'en', path: '/en/errors/VPC.0209' });
    const seen = screen.getByRole('region', { name: 'Seen in real responses' });
    const row = within(within(seen).getByRole('table')).getByRole('row', { name: /DELETE \/v1\// });
    expect(within(row).getByRole('link', { name: '409 Conflict' })).toHaveAttribute('href', '/en/codes/409');
    expect(row).toHaveTextContent('subnet is still used ,such as computer,LB.');
    expect(within(row).getByRole('link', { name: 'Public report' })).toHaveAttribute(
      'href',
      'https://github.com/opentelekomcloud/terraform-provider-opentelekomcloud/issues/975',
    );
    expect(
      within(screen.getByRole('table', { name: /Operations that return VPC\.0209/ })).queryByText('409 Conflict'),
      'the documented occurrences keep their own status',
    ).not.toBeInTheDocument();
  });

  it('gives the advice of a status that differs from the rest of the code on its own line', () => {
    renderWithProviders(<ErrorCodeDetail code="VPC.0105" {...zh0105} />, { lang: 'zh', path: '/zh/errors/VPC.0105' });
    const action = screen.getByRole('region', { name: '处理方法' });
    expect(within(action).getByText('返回404时：').closest('p')).toHaveTextContent(
      '返回404时：先排除原因再重试；在此之前，同样的请求仍会失败。',
    );
    expect(screen.queryByRole('region', { name: '实际响应中出现过的状态码' })).not.toBeInTheDocument();
  });

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
