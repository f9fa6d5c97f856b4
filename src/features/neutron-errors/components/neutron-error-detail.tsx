import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { CodeBlock } from '@/components/code-block';
import { CopyLinkButton } from '@/components/copy-link-button';
import { InlineCode } from '@/components/inline-code';
import { OnThisPage } from '@/components/on-this-page';
import { StatusLink } from './status-link';
import { useLang } from '@/lib/lang-context';
import { paths } from '@/lib/paths';
import { useUiPageText } from '@/locales/use-ui-text';
import type { NeutronDetails } from '../data/split';

const GITHUB = 'https://github.com';

/**
 * One Neutron error type: its status, template, meaning, what to do, the VPC codes for the same
 * condition (listed by `related`, which the route composes from the error-code catalogue) and its source.
 */
export function NeutronErrorDetail({
  details,
  related,
}: {
  details: NeutronDetails;
  related: (codes: string[]) => ReactNode;
}) {
  const lang = useLang();
  const t = useUiPageText();
  const { source } = details;
  const sections = [
    { id: 'template-heading', label: t('neutron.templateHeading') },
    { id: 'meaning-heading', label: t('neutron.meaningHeading') },
    { id: 'action-heading', label: t('neutron.actionHeading') },
    { id: 'related-heading', label: t('neutron.relatedHeading') },
    { id: 'source-heading', label: t('neutron.sourceHeading') },
  ];
  return (
    <article className="code-detail neutron-detail">
      <nav aria-label={t('neutron.breadcrumb')} className="breadcrumb">
        <Link href={paths.neutronIndex(lang)}>{t('neutron.backToList')}</Link>
      </nav>
      <header className="code-detail__header">
        <h1>
          <span className="code-detail__code">{details.type}</span> {details.title}
        </h1>
        <p className="code-detail__meta">
          <span>
            {t('neutron.statusLabel')} <StatusLink status={details.status} />
          </span>
        </p>
        <CopyLinkButton
          label={t('detail.copyLink')}
          copiedLabel={t('detail.copied')}
          failedLabel={t('detail.copyFailed')}
        />
      </header>
      <OnThisPage sections={sections} />
      <section aria-labelledby="template-heading">
        <h2 id="template-heading">{t('neutron.templateHeading')}</h2>
        <CodeBlock language="text" code={details.template} label={t('neutron.templateHeading')} />
        <p className="note">{t('neutron.templateNote')}</p>
      </section>
      <section aria-labelledby="meaning-heading">
        <h2 id="meaning-heading">{t('neutron.meaningHeading')}</h2>
        <p>
          <InlineCode text={details.meaning} />
        </p>
      </section>
      <section aria-labelledby="action-heading">
        <h2 id="action-heading">{t('neutron.actionHeading')}</h2>
        <p>
          <InlineCode text={details.action} />
        </p>
        <p className={`retry retry--${details.retry}`}>
          <strong>{t('errors.retryLabel')}</strong>
          {t(`errors.retry.${details.retry}`)}
        </p>
      </section>
      <section aria-labelledby="related-heading">
        <h2 id="related-heading">{t('neutron.relatedHeading')}</h2>
        {details.related.length ? (
          <>
            <p>{t('neutron.relatedIntro')}</p>
            {related(details.related)}
          </>
        ) : (
          <p>{t('neutron.relatedNone')}</p>
        )}
      </section>
      <section aria-labelledby="source-heading">
        <h2 id="source-heading">{t('neutron.sourceHeading')}</h2>
        <p>
          <a href={`${GITHUB}/${source.repository}/blob/${source.commit}/${source.path}`}>
            {t('neutron.source', {
              type: details.type,
              path: source.path,
              repository: source.repository,
              revision: source.commit.slice(0, 12),
            })}
          </a>
        </p>
      </section>
    </article>
  );
}
