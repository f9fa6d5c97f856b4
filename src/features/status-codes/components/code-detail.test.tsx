import { cleanup, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '@/locales/en';
import { zh } from '@/locales/zh';
import { renderWithProviders } from '@/test/render-with-providers';
import { findEntry } from '../data/access';
import { loadStatusDetails } from '../data/load';
import { statusCodeData, type DetailsByCode } from '../data/status-codes';
import { CodeDetail } from './code-detail';

// Code pages load their language's guidance before rendering and hand it over; the tests do the same.
let details: Record<'en' | 'zh', DetailsByCode>;
beforeAll(async () => {
  const [en, zh] = await Promise.all([loadStatusDetails('en'), loadStatusDetails('zh')]);
  details = { en, zh };
});

const full = (code: number) => statusCodeData.codes.find((e) => e.code === code)!;

describe('CodeDetail', () => {
  it('shows the seed text, guidance, reference and neighbours of a code', () => {
    const entry = findEntry(409)!;
    renderWithProviders(<CodeDetail entry={entry} details={details.en[entry.code]} />, {
      lang: 'en',
      path: '/en/codes/409',
    });
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
    expect(screen.getByRole('link', { name: 'Next: 429 Too Many Requests' })).toHaveAttribute('href', '/en/codes/429');
    expect(screen.getByRole('link', { name: 'Back to the table' })).toHaveAttribute('href', '/en/#code-409');
  });

  it('shows no example bodies and no original-text line for a Chinese success page', () => {
    renderWithProviders(<CodeDetail entry={findEntry(201)!} details={details.zh[201]} />, {
      lang: 'zh',
      path: '/zh/codes/201',
    });
    expect(screen.queryByRole('region', { name: '错误响应示例' })).not.toBeInTheDocument();
    expect(screen.queryByText(/原文/)).not.toBeInTheDocument();
    expect(screen.getByText('OpenStack Neutron API的POST操作正常返回')).toBeInTheDocument();
  });

  it('shows each example body with its headers, its sender and how it was obtained', () => {
    renderWithProviders(<CodeDetail entry={findEntry(401)!} details={details.en[401]} />, {
      lang: 'en',
      path: '/en/codes/401',
    });
    const examples = screen.getByRole('region', { name: 'Example error bodies' });
    const figures = within(examples).getAllByRole('figure');
    expect(figures, 'one figure per example').toHaveLength(full(401).examples!.length);
    const figure = (caption: string) =>
      within(examples).getByText(caption, { selector: 'figcaption' }).closest('figure');
    const token = figure(en.detail.exampleKeystone);
    expect(token?.querySelector('pre code')?.textContent, 'headers, a blank line, then the body').toMatch(
      /^WWW-Authenticate: Keystone uri=".+"\n\n\{\n {2}"error": \{/,
    );
    expect(token, 'how it was obtained').toHaveTextContent(en.detail.provenance.template);
    expect(figure(en.detail.exampleApigw)).toHaveTextContent('"APIGW.0301"');
  });

  it('marks a status the source tables do not list, names who lists it and cites the RFC that defines it', () => {
    const entry = findEntry(429)!;
    renderWithProviders(<CodeDetail entry={entry} details={details.en[429]} />, { lang: 'en', path: '/en/codes/429' });
    expect(screen.getAllByText(/Not in the tables of the source page/), 'title and description say so').toHaveLength(2);
    expect(screen.queryByText(/Listed in Table 2/), 'no table claimed').not.toBeInTheDocument();
    expect(screen.queryByText(/Original \(Chinese\)/), 'no source cell to quote').not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: full(429).listedBy!.label.en })).toHaveAttribute(
      'href',
      full(429).listedBy!.source,
    );
    expect(screen.getByRole('link', { name: 'RFC 6585, section 4' })).toHaveAttribute(
      'href',
      'https://www.rfc-editor.org/rfc/rfc6585#section-4',
    );
    expect(screen.getByRole('link', { name: 'Back to the table' })).toHaveAttribute('href', '/en/');
    cleanup();
    renderWithProviders(<CodeDetail entry={findEntry(202)!} details={details.zh[202]} />, {
      lang: 'zh',
      path: '/zh/codes/202',
    });
    expect(screen.getByRole('link', { name: full(202).listedBy!.label.zh })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'RFC 9110第15.3.3节' })).toBeInTheDocument();
  });

  it('shows no example bodies where no component documents one', () => {
    renderWithProviders(<CodeDetail entry={findEntry(407)!} details={details.en[407]} />, {
      lang: 'en',
      path: '/en/codes/407',
    });
    expect(screen.queryByRole('region', { name: 'Example error bodies' })).not.toBeInTheDocument();
  });

  it('writes the retry line with the punctuation of its language, and adds none of its own', () => {
    renderWithProviders(<CodeDetail entry={findEntry(500)!} details={details.zh[500]} />, {
      lang: 'zh',
      path: '/zh/codes/500',
    });
    const zhLine = screen.getByText(zh.detail.retryLabel).closest('p');
    expect(zhLine?.textContent, 'zh: label and text run on').toBe(
      zh.detail.retryLabel + zh.detail.retry['by-error-code'],
    );
    cleanup();
    renderWithProviders(<CodeDetail entry={findEntry(200)!} details={details.en[200]} />, {
      lang: 'en',
      path: '/en/codes/200',
    });
    const enLine = screen.getByText(en.detail.retryLabel.trim()).closest('p');
    expect(enLine?.textContent, 'en: one colon and one space').toBe(`Retrying: ${en.detail.retry['not-needed']}`);
  });
});
