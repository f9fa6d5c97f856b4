import { Link } from 'wouter';
import { CopyLinkButton } from '@/components/copy-link-button';
import { OnThisPage } from '@/components/on-this-page';
import { useLang } from '@/lib/lang-context';
import { paths } from '@/lib/paths';
import { useUiPageText } from '@/locales/use-ui-text';
import { gatewayCodesSource } from '../data/source';
import type { GatewayRetryPolicy } from '../data/gateway-codes.schema';
import { statusesOf, type GatewayCatalogue, type GatewayCatalogueEntry } from '../data/split';
import { StatusLink, StatusLinks } from './status-link';

/** The retry advice once when every documented response shares it, else once per advice with its statuses. */
function RetryAdvice({ entry }: { entry: GatewayCatalogueEntry }) {
  const t = useUiPageText();
  const byPolicy = new Map<GatewayRetryPolicy, number[]>();
  for (const r of entry.responses) {
    const statuses = byPolicy.get(r.retry) ?? [];
    if (!statuses.includes(r.status)) byPolicy.set(r.retry, [...statuses, r.status]);
  }
  if (byPolicy.size === 1) {
    const [policy] = [...byPolicy.keys()] as [GatewayRetryPolicy];
    return <p className={`retry retry--${policy}`}>{t(`errors.retry.${policy}`)}</p>;
  }
  return (
    <ul className="retry-list">
      {[...byPolicy].map(([policy, statuses]) => (
        <li key={policy} className={`retry retry--${policy}`}>
          <strong>{t('gateway.retryFor', { status: statuses.join(' / ') })}</strong>
          {t(`errors.retry.${policy}`)}
        </li>
      ))}
    </ul>
  );
}

/** One gateway code's page, from its language's catalogue (the route's data). */
export function GatewayCodeDetail({ code, catalogue }: { code: string; catalogue: GatewayCatalogue }) {
  const lang = useLang();
  const t = useUiPageText();
  const entry = catalogue.codes.find((e) => e.code === code);
  // The route table only yields codes that exist; the guard keeps the types honest.
  if (!entry) return null;
  const source = gatewayCodesSource;
  const sections = [
    { id: 'meaning-heading', label: t('gateway.meaningHeading') },
    { id: 'action-heading', label: t('gateway.actionHeading') },
    { id: 'retry-heading', label: t('gateway.retryHeading') },
    { id: 'messages-heading', label: t('gateway.messagesHeading') },
    { id: 'source-heading', label: t('gateway.sourceHeading') },
  ];
  return (
    <article className="code-detail">
      <nav aria-label={t('gateway.breadcrumb')} className="breadcrumb">
        <Link href={paths.gatewayIndex(lang)}>{t('gateway.backToList')}</Link>
      </nav>
      <header className="code-detail__header">
        <h1>
          <span className="code-detail__code">{entry.code}</span> {entry.title}
        </h1>
        <p className="code-detail__meta">
          {t('gateway.statusLabel')} <StatusLinks statuses={statusesOf(entry)} />
        </p>
        <CopyLinkButton
          label={t('detail.copyLink')}
          copiedLabel={t('detail.copied')}
          failedLabel={t('detail.copyFailed')}
        />
      </header>
      <OnThisPage sections={sections} />
      <section aria-labelledby="meaning-heading">
        <h2 id="meaning-heading">{t('gateway.meaningHeading')}</h2>
        <p>{entry.meaning}</p>
      </section>
      <section aria-labelledby="action-heading">
        <h2 id="action-heading">{t('gateway.actionHeading')}</h2>
        <p>{entry.action}</p>
      </section>
      <section aria-labelledby="retry-heading">
        <h2 id="retry-heading">{t('gateway.retryHeading')}</h2>
        <RetryAdvice entry={entry} />
      </section>
      <section aria-labelledby="messages-heading">
        <h2 id="messages-heading">{t('gateway.messagesHeading')}</h2>
        <div className="table-scroll">
          <table className="occurrences">
            <caption>{t('gateway.messagesCaption', { code: entry.code })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('gateway.status')}</th>
                <th scope="col">{t('gateway.message')}</th>
              </tr>
            </thead>
            <tbody>
              {entry.responses.map((r) => (
                <tr key={`${String(r.status)} ${r.message}`}>
                  <th scope="row">
                    <StatusLink status={r.status} />
                  </th>
                  <td data-label={t('errors.fieldLabel', { label: t('gateway.message') })}>
                    <code className="api-message" lang="en">
                      {r.message}
                    </code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="note">{t('gateway.messageNote')}</p>
        <p className="note">{t('gateway.documentedAs', { code: entry.documentedAs })}</p>
      </section>
      <section aria-labelledby="source-heading">
        <h2 id="source-heading">{t('gateway.sourceHeading')}</h2>
        <p>{t('gateway.source', { title: source.title, repository: source.repository, date: source.date })}</p>
        <p>
          <Link href={paths.about(lang)}>{t('gateway.sourceLink')}</Link>
        </p>
      </section>
    </article>
  );
}
