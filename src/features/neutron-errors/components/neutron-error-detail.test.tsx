import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadUiPageStrings } from '@/locales/load';
import { renderWithProviders } from '@/test/render-with-providers';
import { loadNeutronDetails, loadNeutronIndex } from '../data/load';
import type { NeutronDetails, NeutronIndexEntry } from '../data/split';
import { NeutronErrorDetail } from './neutron-error-detail';
import { NeutronErrorList } from './neutron-error-list';
import { NeutronTypesForStatus } from './neutron-types-for-status';

// The pages load their data before rendering; the tests do the same.
let enIndex: NeutronIndexEntry[];
const details: Record<string, NeutronDetails> = {};
beforeAll(async () => {
  await Promise.all([loadUiPageStrings('en'), loadUiPageStrings('zh')]);
  enIndex = await loadNeutronIndex('en');
  for (const [lang, type] of [
    ['en', 'SubnetInUse'],
    ['zh', 'SubnetInUse'],
    ['en', 'MacAddressInUse'],
  ] as const)
    details[`${lang}:${type}`] = await loadNeutronDetails(lang, type);
});

const relatedAsLinks = (codes: string[]) => (
  <ul>
    {codes.map((code) => (
      <li key={code}>
        <a href={`/en/errors/${code}`}>{code}</a>
      </li>
    ))}
  </ul>
);

describe('NeutronErrorDetail', () => {
  it('shows the type, its status as a link, the template as code, guidance, related VPC codes and the source', () => {
    renderWithProviders(<NeutronErrorDetail details={details['en:SubnetInUse']!} related={relatedAsLinks} />, {
      lang: 'en',
      path: '/en/neutron/SubnetInUse',
    });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('SubnetInUse Subnet still in use');
    expect(screen.getByRole('link', { name: '409 Conflict' })).toHaveAttribute('href', '/en/codes/409');
    const template = screen.getByRole('region', { name: 'Message template' });
    expect(
      within(template).getByText('Unable to complete operation on subnet %(subnet_id)s: %(reason)s.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'What it means' })).toHaveTextContent(/still uses it/);
    expect(screen.getByRole('region', { name: 'What to do' })).toHaveTextContent(/Retrying:/);
    const related = screen.getByRole('region', { name: 'VPC error codes for the same condition' });
    expect(within(related).getByRole('link', { name: 'VPC.0208' })).toHaveAttribute('href', '/en/errors/VPC.0208');
    const source = within(screen.getByRole('region', { name: 'Source' })).getByRole('link');
    expect(source).toHaveAttribute(
      'href',
      expect.stringMatching(
        /^https:\/\/github\.com\/openstack\/neutron-lib\/blob\/[0-9a-f]{40}\/neutron_lib\/exceptions\/__init__\.py$/,
      ),
    );
    expect(screen.getByRole('link', { name: 'Back to all Neutron errors' })).toHaveAttribute('href', '/en/neutron/');
  });

  it('says so when no VPC code describes the condition', () => {
    renderWithProviders(<NeutronErrorDetail details={details['en:MacAddressInUse']!} related={relatedAsLinks} />, {
      lang: 'en',
    });
    const related = screen.getByRole('region', { name: 'VPC error codes for the same condition' });
    expect(related).toHaveTextContent('No VPC error code describes this condition.');
    expect(within(related).queryAllByRole('link')).toEqual([]);
  });

  it('speaks the page language around the English template', () => {
    renderWithProviders(<NeutronErrorDetail details={details['zh:SubnetInUse']!} related={relatedAsLinks} />, {
      lang: 'zh',
    });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('SubnetInUse 子网仍在使用中');
    expect(screen.getByRole('region', { name: '消息模板' })).toHaveTextContent('%(subnet_id)s');
    expect(screen.getByRole('link', { name: '409 Conflict' })).toHaveAttribute('href', '/zh/codes/409');
  });
});

describe('NeutronErrorList', () => {
  it('lists every type with its status and title, each linking to its page', () => {
    renderWithProviders(<NeutronErrorList index={enIndex} />, { lang: 'en' });
    const table = screen.getByRole('table', { name: 'NeutronError types of the Neutron-compatible API' });
    const row = within(table).getByRole('row', { name: /SubnetInUse/ });
    expect(within(row).getByRole('link', { name: 'SubnetInUse' })).toHaveAttribute('href', '/en/neutron/SubnetInUse');
    expect(within(row).getByRole('link', { name: '409' })).toHaveAttribute('href', '/en/codes/409');
    expect(row).toHaveTextContent('Subnet still in use');
    expect(within(table).getAllByRole('row').length - 1).toBeGreaterThanOrEqual(30);
  });
});

describe('NeutronTypesForStatus', () => {
  it('lists the types answered with a status, and nothing for a status without any', () => {
    const { unmount } = renderWithProviders(<NeutronTypesForStatus status={403} />, { lang: 'en' });
    const list = screen.getByRole('region', { name: 'Neutron error types with this status' });
    expect(
      within(list)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['AdminRequired', 'PolicyNotAuthorized']);
    unmount();
    const { container } = renderWithProviders(<NeutronTypesForStatus status={200} />, { lang: 'en' });
    expect(container).toBeEmptyDOMElement();
  });
});
