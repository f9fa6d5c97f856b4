import { CodeBlock } from '@/components/code-block';
import { OutboundLink } from '@/components/outbound-link';
import { useUiText } from '@/locales/use-ui-text';
import type { ErrorDetails, ErrorIndex, ErrorIndexEntry } from '../data/split';
import { ErrorCodeList } from './error-code-list';
import { StatusLinks } from './status-links';
import { ProseText } from '@/components/prose-text';

/* The parts of an error code's page, shared by the full page and the compact embed card. */

export function ErrorCodeTitle({ entry, index }: { entry: ErrorIndexEntry; index: ErrorIndex }) {
  const t = useUiText();
  const area = index.areas.find((a) => a.id === entry.area)?.label ?? entry.area;
  return (
    <>
      <h1>
        <span className="code-detail__code">{entry.code}</span> {entry.title}
      </h1>
      <p className="code-detail__meta">
        <span className="badge">{t('errors.areaLabel', { area })}</span>{' '}
        <span>
          {t('errors.statusLabel')} <StatusLinks statuses={entry.statuses} />
        </span>
      </p>
    </>
  );
}

export function ErrorGuidance({ details }: { details: ErrorDetails }) {
  const t = useUiText();
  return (
    <>
      <section aria-labelledby="meaning-heading">
        <h2 id="meaning-heading">{t('errors.meaningHeading')}</h2>
        <p>
          <ProseText text={details.meaning} />
        </p>
      </section>
      <section aria-labelledby="action-heading">
        <h2 id="action-heading">{t('errors.actionHeading')}</h2>
        <p>
          <ProseText text={details.action} />
        </p>
        <p className={`retry retry--${details.retry}`}>
          <strong>{t('errors.retryLabel')}</strong>
          {t(`errors.retry.${details.retry}`)}
        </p>
        {/* A status whose advice differs (a 404 that no retry changes beside a 500 worth retrying). */}
        {details.retryByStatus?.map(({ status, retry }) => (
          <p key={status} className={`retry retry--${retry}`}>
            <strong>{t('errors.retryForStatus', { status: String(status) })}</strong>
            {t(`errors.retry.${retry}`)}
          </p>
        ))}
      </section>
    </>
  );
}

/** Responses with a status the API reference does not list for the code, as public reports show them. */
export function ObservedStatuses({ details }: { details: ErrorDetails }) {
  const t = useUiText();
  if (!details.observed?.length) return null;
  return (
    <section aria-labelledby="observed-heading">
      <h2 id="observed-heading">{t('errors.observedHeading')}</h2>
      <p>{t('errors.observedIntro')}</p>
      <div className="table-scroll">
        <table className="occurrences">
          <caption>{t('errors.observedCaption', { code: details.code })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('errors.observedRequest')}</th>
              <th scope="col">{t('errors.status')}</th>
              <th scope="col">{t('errors.message')}</th>
              <th scope="col">{t('errors.observedSource')}</th>
            </tr>
          </thead>
          <tbody>
            {details.observed.map((o) => (
              <tr key={o.source + String(o.status)}>
                <th scope="row">
                  <code className="api-message" lang="en">
                    {o.request}
                  </code>
                </th>
                <td data-label={t('errors.fieldLabel', { label: t('errors.status') })}>
                  <StatusLinks statuses={[o.status]} />
                </td>
                <td data-label={t('errors.fieldLabel', { label: t('errors.message') })}>
                  <code className="api-message" lang="en">
                    {o.message}
                  </code>
                </td>
                <td data-label={t('errors.fieldLabel', { label: t('errors.observedSource') })}>
                  <OutboundLink href={o.source} rel="external">
                    {t('errors.observedSourceLink')}
                  </OutboundLink>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** A body in the shape the API reference documents, carrying this code's first documented message. */
export function ErrorExample({ details }: { details: ErrorDetails }) {
  const t = useUiText();
  const message = details.occurrences[0]?.message ?? '';
  return (
    <section aria-labelledby="example-heading">
      <h2 id="example-heading">{t('errors.exampleHeading')}</h2>
      <p className="note">{t('errors.exampleNote')}</p>
      <CodeBlock
        language="json"
        code={JSON.stringify({ code: details.code, message }, null, 2)}
        label={t('errors.exampleHeading')}
      />
    </section>
  );
}

export function RelatedErrors({ details, index }: { details: ErrorDetails; index: ErrorIndex }) {
  const t = useUiText();
  if (details.related.length === 0) return null;
  return (
    <section aria-labelledby="related-heading">
      <h2 id="related-heading">{t('errors.relatedHeading')}</h2>
      <ErrorCodeList codes={details.related} index={index} />
    </section>
  );
}
