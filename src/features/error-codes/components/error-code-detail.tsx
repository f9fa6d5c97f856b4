import { Link } from 'wouter';
import { CopyLinkButton } from '@/components/copy-link-button';
import { OnThisPage } from '@/components/on-this-page';
import { useLang } from '@/lib/lang-context';
import { paths } from '@/lib/paths';
import { useUiText } from '@/locales/use-ui-text';
import type { ErrorDetails, ErrorIndex } from '../data/split';
import { ErrorCodeTitle, ErrorExample, ErrorGuidance, ObservedStatuses, RelatedErrors } from './error-code-sections';
import { OccurrencesTable } from './occurrences-table';

export function ErrorCodeDetail({ code, index, details }: { code: string; index: ErrorIndex; details: ErrorDetails }) {
  const lang = useLang();
  const t = useUiText();
  const entry = index.codes.find((e) => e.code === code);
  if (!entry) return null;
  const sections = [
    { id: 'meaning-heading', label: t('errors.meaningHeading') },
    { id: 'action-heading', label: t('errors.actionHeading') },
    { id: 'occurrences-heading', label: t('errors.occurrencesHeading') },
    ...(details.observed?.length ? [{ id: 'observed-heading', label: t('errors.observedHeading') }] : []),
    { id: 'example-heading', label: t('errors.exampleHeading') },
    ...(details.related.length ? [{ id: 'related-heading', label: t('errors.relatedHeading') }] : []),
  ];
  return (
    <article className="code-detail">
      <nav aria-label={t('errors.breadcrumb')} className="breadcrumb">
        <Link href={paths.errorRow(lang, code)}>{t('errors.backToCatalogue')}</Link>
      </nav>
      <header className="code-detail__header">
        <ErrorCodeTitle entry={entry} index={index} />
        <CopyLinkButton
          label={t('detail.copyLink')}
          copiedLabel={t('detail.copied')}
          failedLabel={t('detail.copyFailed')}
        />
      </header>
      <OnThisPage sections={sections} />
      <ErrorGuidance details={details} />
      <section aria-labelledby="occurrences-heading">
        <h2 id="occurrences-heading">{t('errors.occurrencesHeading')}</h2>
        <OccurrencesTable details={details} index={index} />
        <p className="note">{t('errors.messageNote')}</p>
      </section>
      <ObservedStatuses details={details} />
      <ErrorExample details={details} />
      <RelatedErrors details={details} index={index} />
    </article>
  );
}
