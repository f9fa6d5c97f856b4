import { OutboundLink } from '@/components/outbound-link';
import { HTML_LANG } from '@/lib/languages';
import { useLang } from '@/lib/lang-context';
import { useUiText } from '@/locales/use-ui-text';
import { findEntry } from '../data/access';
import { classOf } from '../data/status-class';
import type { CodeDetails, StatusCode } from '../data/status-codes';
import { CodeLinkList } from './code-link-list';
import { ProseText } from '@/components/prose-text';

/* The parts of a code's page, shared by the full detail page and the compact embed card. */

type Props = { entry: StatusCode };

export function CodeTitle({ entry }: Props) {
  const t = useUiText();
  const statusClass = classOf(entry.code);
  return (
    <>
      <h1>
        <span className="code-detail__code">{entry.code}</span> {entry.reasonPhrase}
      </h1>
      <p className="code-detail__meta">
        <span className={`badge badge--${statusClass}`}>{t(`detail.classLabel.${statusClass}`)}</span>{' '}
        <span>{entry.inSource === false ? t('detail.notInSource') : t(`detail.tableLabel.${entry.table}`)}</span>
      </p>
    </>
  );
}

export function DescriptionSection({ entry }: Props) {
  const lang = useLang();
  const t = useUiText();
  if (entry.listedBy) return <ListedElsewhere entry={entry} listedBy={entry.listedBy} />;
  return (
    <section aria-labelledby="description-heading">
      <h2 id="description-heading">{t('detail.descriptionHeading')}</h2>
      <blockquote className="source-quote">
        <p>{entry.description[lang]}</p>
        {lang !== 'zh' && (
          <p className="source-quote__original">
            {t('detail.originalText')}
            <span lang={HTML_LANG.zh}>{entry.description.zh}</span>
          </p>
        )}
        <footer className="source-quote__cite">{t('detail.fromReference')}</footer>
      </blockquote>
    </section>
  );
}

/** A status the source page does not list: its description, with the document that does list it. */
function ListedElsewhere({ entry, listedBy }: Props & { listedBy: NonNullable<StatusCode['listedBy']> }) {
  const lang = useLang();
  const t = useUiText();
  return (
    <section aria-labelledby="description-heading">
      <h2 id="description-heading">{t('detail.descriptionHeading')}</h2>
      <blockquote className="source-quote">
        <p>{entry.description[lang]}</p>
        <footer className="source-quote__cite">
          {t('detail.notInSource')}
          {lang === 'zh' ? '。' : '. '}
          {t('detail.listedBy')}
          <OutboundLink href={listedBy.source} rel="external">
            {listedBy.label[lang]}
          </OutboundLink>
        </footer>
      </blockquote>
    </section>
  );
}

export function GuidanceSections({ details }: { details: CodeDetails }) {
  const t = useUiText();
  return (
    <>
      <section aria-labelledby="meaning-heading">
        <h2 id="meaning-heading">{t('detail.meaningHeading')}</h2>
        <p>
          <ProseText text={details.meaning} />
        </p>
      </section>
      <section aria-labelledby="action-heading">
        <h2 id="action-heading">{t('detail.actionHeading')}</h2>
        <p>
          <ProseText text={details.action} />
        </p>
        <p className={`retry retry--${details.retry}`}>
          {/* The label carries its language's punctuation and spacing ("Retrying: ", "重试："). */}
          <strong>{t('detail.retryLabel')}</strong>
          {t(`detail.retry.${details.retry}`)}
        </p>
      </section>
    </>
  );
}

export function ReferenceSection({ details }: { details: CodeDetails }) {
  const t = useUiText();
  return (
    <section aria-labelledby="reference-heading">
      <h2 id="reference-heading">{t('detail.referenceHeading')}</h2>
      <dl className="facts">
        <dt>RFC {details.rfc.number ?? 9110}</dt>
        <dd>
          <OutboundLink href={details.rfc.url} rel="external">
            {t('detail.rfcLink', { rfc: String(details.rfc.number ?? 9110), section: details.rfc.section })}
          </OutboundLink>
        </dd>
        <dt>{t('detail.cacheable')}</dt>
        <dd>{details.cacheableByDefault ? t('detail.cacheableYes') : t('detail.cacheableNo')}</dd>
      </dl>
    </section>
  );
}

export function RelatedSection({ details }: { details: CodeDetails }) {
  const t = useUiText();
  if (!details.related.some((code) => findEntry(code))) return null;
  return (
    <section aria-labelledby="related-heading">
      <h2 id="related-heading">{t('detail.relatedHeading')}</h2>
      <CodeLinkList codes={details.related} />
    </section>
  );
}
