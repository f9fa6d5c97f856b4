import { screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/test/render-with-providers';
import { findEntry } from '../data/access';
import { loadDetails } from '../data/details';
import { statusCodeData } from '../data/status-codes';
import { CodeDetail } from './code-detail';

// Code pages load their language's guidance before hydrating; the tests do the same.
beforeAll(async () => {
  await Promise.all([loadDetails('en'), loadDetails('zh')]);
});

const full = (code: number) => statusCodeData.codes.find((e) => e.code === code)!;

describe('CodeDetail', () => {
  it('shows the seed text, guidance, reference and neighbours of a code', () => {
    const entry = findEntry(409)!;
    renderWithProviders(<CodeDetail entry={entry} />, { lang: 'en', path: '/en/codes/409' });
    expect(screen.getByRole('heading', { level: 1, name: '409 Conflict' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'What it means for this API' })).toHaveTextContent(full(409).meaning.en);
    expect(screen.getByText(entry.description.en)).toBeInTheDocument();
    expect(screen.getByText(entry.description.zh)).toHaveAttribute('lang', 'zh-CN');
    expect(screen.getByRole('region', { name: 'What to do' })).toHaveTextContent(full(409).action.text.en);
    expect(screen.getByRole('link', { name: 'RFC 9110, section 15.5.10' })).toHaveAttribute(
      'href',
      'https://www.rfc-editor.org/rfc/rfc9110#status.409',
    );
    expect(screen.getByRole('link', { name: 'Previous: 408 Request Timeout' })).toHaveAttribute(
      'href',
      '/en/codes/408',
    );
    expect(screen.getByRole('link', { name: 'Next: 500 Internal Server Error' })).toHaveAttribute(
      'href',
      '/en/codes/500',
    );
    expect(screen.getByRole('link', { name: 'Back to the table' })).toHaveAttribute('href', '/en/#code-409');
  });

  it('shows no example bodies and no original-text line for a Chinese success page', () => {
    renderWithProviders(<CodeDetail entry={findEntry(201)!} />, { lang: 'zh', path: '/zh/codes/201' });
    expect(screen.queryByRole('region', { name: '错误响应示例' })).not.toBeInTheDocument();
    expect(screen.queryByText(/原文/)).not.toBeInTheDocument();
    expect(screen.getByText('OpenStack Neutron API的POST操作正常返回')).toBeInTheDocument();
  });
});
