import { CodeBlock } from '@/components/code-block';
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
      </section>
    </>
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
