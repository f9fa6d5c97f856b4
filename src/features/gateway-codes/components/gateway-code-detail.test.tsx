import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/test/render-with-providers';
import { loadUiPageStrings } from '@/locales/load';
import { loadGatewayCatalogue, loadGatewayIndex } from '../data/load';
import type { GatewayCatalogue, GatewayIndex } from '../data/split';
import { GatewayCodeDetail } from './gateway-code-detail';
import { GatewayCodesForStatus } from './gateway-codes-for-status';
import { GatewayTable } from './gateway-table';

// Gateway pages load their language's catalogue and page strings before rendering; the tests do the same.
let enIndex: GatewayIndex;
let catalogue: Record<'en' | 'zh', GatewayCatalogue>;
beforeAll(async () => {
  enIndex = await loadGatewayIndex('en');
  const [en, zh] = await Promise.all([
    loadGatewayCatalogue('en'),
    loadGatewayCatalogue('zh'),
    loadUiPageStrings('en'),
    loadUiPageStrings('zh'),
  ]);
  catalogue = { en, zh };
});

describe('GatewayCodeDetail', () => {
  it('shows the code, its status linked to the status page, the literal message, guidance, retry and source', () => {
    renderWithProviders(<GatewayCodeDetail code="APIGW.0301" catalogue={catalogue.en} />, {
      lang: 'en',
      path: '/en/gateway/APIGW.0301',
    });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/^APIGW\.0301 IAM token rejected$/);
    for (const link of screen.getAllByRole('link', { name: '401 Unauthorized' })) {
      expect(link).toHaveAttribute('href', '/en/codes/401');
    }
    const table = screen.getByRole('table', { name: /What APIGW\.0301 is documented with/ });
    const row = within(table).getByRole('row', { name: /401/ });
    expect(within(row).getByText('Incorrect IAM authentication information.')).toHaveAttribute('lang', 'en');
    expect(screen.getByRole('region', { name: 'What it means' })).toHaveTextContent(/X-Auth-Token/);
    expect(screen.getByRole('region', { name: 'What to do' })).toHaveTextContent(/new token/);
    expect(screen.getByRole('region', { name: 'Retrying' })).toHaveTextContent(/after fixing the cause/);
    expect(screen.getByRole('region', { name: 'Source' })).toHaveTextContent(/opentelekomcloud-docs\/api-gateway/);
    expect(screen.getByText(/documentation writes this code as APIG\.0301/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to all gateway codes' })).toHaveAttribute('href', '/en/gateway/');
  });

  it('gives retry advice per status when the documented responses differ', () => {
    renderWithProviders(<GatewayCodeDetail code="APIGW.0201" catalogue={catalogue.en} />, {
      lang: 'en',
      path: '/en/gateway/APIGW.0201',
    });
    const retry = screen.getByRole('region', { name: 'Retrying' });
    expect(within(retry).getByText('With 400 / 413 / 414 / 494:').parentElement).toHaveTextContent(
      /after fixing the cause/,
    );
    expect(within(retry).getByText('With 502 / 504 / 500:').parentElement).toHaveTextContent(/exponential backoff/);
  });

  it('shows a status the reference has no page for as plain text, not a link', () => {
    renderWithProviders(<GatewayCodeDetail code="APIGW.0201" catalogue={catalogue.en} />, {
      lang: 'en',
      path: '/en/gateway/APIGW.0201',
    });
    const row = screen.getByRole('row', { name: /Request headers too large/ });
    expect(within(row).queryByRole('link')).toBeNull();
    expect(row).toHaveTextContent('494');
  });

  it('speaks Chinese around the literal English message', () => {
    renderWithProviders(<GatewayCodeDetail code="APIGW.0308" catalogue={catalogue.zh} />, {
      lang: 'zh',
      path: '/zh/gateway/APIGW.0308',
    });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('APIGW.0308 请求频率超过限制');
    expect(screen.getByRole('heading', { name: '处理方法' })).toBeInTheDocument();
    expect(screen.getByText('The throttling threshold has been reached.')).toHaveAttribute('lang', 'en');
  });
});

describe('GatewayTable', () => {
  it('lists every code with a link to its page', () => {
    renderWithProviders(<GatewayTable catalogue={catalogue.en} />, { lang: 'en', path: '/en/gateway/' });
    const table = screen.getByRole('table', { name: 'API gateway error codes a VPC client can receive' });
    const link = within(table).getByRole('link', { name: 'APIGW.0308' });
    expect(link).toHaveAttribute('href', '/en/gateway/APIGW.0308');
    expect(within(table).getByRole('row', { name: /APIGW\.0308/ })).toHaveTextContent('Request rate limit reached');
  });
});

describe('GatewayCodesForStatus', () => {
  it('lists the gateway codes documented for a status, and nothing for a status without any', () => {
    const { unmount } = renderWithProviders(<GatewayCodesForStatus status={404} index={enIndex} />, { lang: 'en' });
    const list = screen.getByRole('region', { name: 'API gateway codes documented for this status' });
    expect(
      within(list)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['/en/gateway/APIGW.0101']);
    unmount();
    const { container } = renderWithProviders(<GatewayCodesForStatus status={409} index={enIndex} />, { lang: 'en' });
    expect(container).toBeEmptyDOMElement();
  });
});
