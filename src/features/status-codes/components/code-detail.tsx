import { Link } from 'wouter';
import { CopyLinkButton } from '@/components/copy-link-button';
import { HTML_LANG } from '@/lib/languages';
import { useLang, useUiText } from '@/lib/lang-context';
import { paths } from '@/lib/paths';
import { findEntry, statusLine } from '../data/access';
import { classOf, type StatusCodeEntry } from '../data/status-codes';
import { CodePager } from './code-pager';
import { ErrorExamples } from './error-examples';

export function CodeDetail({ entry }: { entry: StatusCodeEntry }) {
  const lang = useLang();
  const t = useUiText();
  const related = entry.related.map(findEntry).filter((e) => e !== undefined);

  return (
    <article className="code-detail">
      <nav aria-label={t('detail.breadcrumb')} className="breadcrumb">
        <Link href={paths.codeRow(lang, entry.code)}>{t('detail.backToTable')}</Link>
      </nav>
      <header className="code-detail__header">
        <h1>
          <span className="code-detail__code">{entry.code}</span> {entry.reasonPhrase}
        </h1>
        <p className="code-detail__meta">
          <span className={`badge badge--${classOf(entry.code)}`}>{t(`detail.classLabel.${classOf(entry.code)}`)}</span>{' '}
          <span>{t(`detail.tableLabel.${entry.table}`)}</span>
        </p>
        <CopyLinkButton
          label={t('detail.copyLink')}
          copiedLabel={t('detail.copied')}
          failedLabel={t('detail.copyFailed')}
        />
      </header>

      <section aria-labelledby="description-heading">
        <h2 id="description-heading">{t('detail.descriptionHeading')}</h2>
        <blockquote className="source-quote">
          <p>{entry.description[lang]}</p>
          {lang !== 'zh' && (
            <p className="source-quote__original">
              {t('detail.originalText')}: <span lang={HTML_LANG.zh}>{entry.description.zh}</span>
            </p>
          )}
          <footer className="source-quote__cite">{t('detail.fromReference')}</footer>
        </blockquote>
      </section>

      <section aria-labelledby="meaning-heading">
        <h2 id="meaning-heading">{t('detail.meaningHeading')}</h2>
        <p>{entry.meaning[lang]}</p>
      </section>

      <section aria-labelledby="action-heading">
        <h2 id="action-heading">{t('detail.actionHeading')}</h2>
        <p>{entry.action.text[lang]}</p>
        <p className={`retry retry--${entry.action.retry}`}>
          <strong>{t('detail.retryLabel')}:</strong> {t(`detail.retry.${entry.action.retry}`)}
        </p>
      </section>

      {entry.examples && <ErrorExamples examples={entry.examples} />}

      <section aria-labelledby="reference-heading">
        <h2 id="reference-heading">{t('detail.referenceHeading')}</h2>
        <dl className="facts">
          <dt>RFC 9110</dt>
          <dd>
            <a href={entry.rfc.url} rel="external">
              {t('detail.rfcLink', { section: entry.rfc.section })}
            </a>
          </dd>
          <dt>{t('detail.cacheable')}</dt>
          <dd>{entry.cacheableByDefault ? t('detail.cacheableYes') : t('detail.cacheableNo')}</dd>
        </dl>
      </section>

      {related.length > 0 && (
        <section aria-labelledby="related-heading">
          <h2 id="related-heading">{t('detail.relatedHeading')}</h2>
          <ul className="related">
            {related.map((r) => (
              <li key={r.code}>
                <Link href={paths.codeDetail(lang, r.code)}>{statusLine(r)}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      <CodePager code={entry.code} />
    </article>
  );
}
