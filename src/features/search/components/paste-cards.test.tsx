import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '@/lib/languages';
import { loadUiPageStrings } from '@/locales/load';
import { renderWithProviders } from '@/test/render-with-providers';
import type { Recognized } from '../engine/types';
import { loadSiteSearch, type SiteSearch } from '../load-site-search';
import { PasteAnswerContent } from './paste-answer';

let search: SiteSearch;
beforeAll(async () => {
  [search] = await Promise.all([loadSiteSearch(), loadUiPageStrings('en'), loadUiPageStrings('zh')]);
});

/** The answer an index filter shows for these recognised parts: one link per card, as the dialog lists them. */
function renderAnswer(recognized: Recognized[], lang: Lang = 'en') {
  return renderWithProviders(
    <PasteAnswerContent answer={{ text: 'pasted', recognized, search, Content: PasteAnswerContent }} />,
    { lang },
  );
}

describe('paste cards', () => {
  it('name a code the text names as certain, and link its page first, then its status page', () => {
    renderAnswer([
      { errorCode: 'VPC.0114', certainty: 'certain', message: "Quota exceeded for resources: ['router']." },
    ]);
    const card = screen.getByRole('link', { name: /This is VPC\.0114, 409 Conflict: VPC quota exceeded/ });
    expect(card).toHaveAttribute('href', '/en/errors/VPC.0114');
    expect(card).not.toHaveTextContent(/Likely|Guessed/);
    expect(screen.getByRole('link', { name: 'About 409 Conflict' })).toHaveAttribute('href', '/en/codes/409');
  });

  it('call a code found from the message alone likely, with the documented message it matched', () => {
    renderAnswer([
      {
        errorCode: 'VPC.0114',
        certainty: 'likely',
        matchedMessage: "Quota exceeded for resources: ['router'].",
        message: "Quota exceeded for resources: ['port'].",
        messageDiffers: ['port'],
      },
    ]);
    const card = screen.getByRole('link', { name: /Likely VPC\.0114, 409 Conflict: VPC quota exceeded/ });
    expect(card).not.toHaveTextContent('This is VPC.0114');
    expect(card).toHaveTextContent(
      "Guessed from the message alone. The documented message it matches: Quota exceeded for resources: ['router'].",
    );
    expect(card).toHaveTextContent('Differs from the documented message: “port”');
  });

  it('say both statuses when the response’s differs from the documented one, and trust the response', () => {
    renderAnswer([{ errorCode: 'VPC.0209', status: 409, certainty: 'certain' }]);
    const card = screen.getByRole('link', { name: /This is VPC\.0209, 409 Conflict/ });
    expect(card).toHaveTextContent(
      'The response says 409 Conflict, where the reference documents VPC.0209 with 500 Internal Server Error',
    );
    expect(screen.getByRole('link', { name: 'About 409 Conflict' })).toHaveAttribute('href', '/en/codes/409');
  });

  it('say nothing of a difference when the response’s status is the documented one', () => {
    renderAnswer([{ errorCode: 'VPC.0209', status: 500 }]);
    const card = screen.getByRole('link', { name: /This is VPC\.0209, 500 Internal Server Error/ });
    expect(card).not.toHaveTextContent(/response says|Differs|Guessed/);
  });

  it('lead to the gateway’s and Neutron’s pages, and to the status page for a status alone', () => {
    renderAnswer([
      { gatewayCode: 'APIGW.0308', status: 429 },
      { neutronType: 'SubnetInUse', status: 409 },
      { status: 503 },
    ]);
    expect(screen.getByRole('link', { name: /An API gateway error APIGW\.0308/ })).toHaveAttribute(
      'href',
      '/en/gateway/APIGW.0308',
    );
    expect(screen.getByRole('link', { name: /A Neutron SubnetInUse error: 409 Conflict/ })).toHaveAttribute(
      'href',
      '/en/neutron/SubnetInUse',
    );
    expect(screen.getByRole('link', { name: /HTTP 503 Service Unavailable/ })).toHaveAttribute('href', '/en/codes/503');
  });

  it('speak Chinese on a Chinese page', () => {
    renderAnswer(
      [
        {
          errorCode: 'VPC.0209',
          status: 409,
          certainty: 'likely',
          matchedMessage: 'The subnet is being used by an ECS or a load balancer.',
          messageDiffers: ['router', 'port'],
        },
      ],
      'zh',
    );
    const card = screen.getByRole('link', { name: /可能是VPC\.0209，409 Conflict/ });
    expect(card).toHaveTextContent('响应的状态码是409 Conflict，而文档记载VPC.0209的状态码为500 Internal Server Error');
    expect(card).toHaveTextContent(
      '仅根据消息推断。匹配的文档消息：The subnet is being used by an ECS or a load balancer.',
    );
    expect(card).toHaveTextContent('与文档消息不同之处：“router”、“port”');
    expect(within(card).getByText('The subnet is being used by an ECS or a load balancer.')).toHaveAttribute(
      'lang',
      'en',
    );
  });

  it('hand the text over to the site search', () => {
    renderAnswer([{ status: 503 }]);
    expect(screen.getByRole('button', { name: 'Open in the site search' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'The error you entered' })).toBeInTheDocument();
  });
});
