import { Fragment, type ReactNode } from 'react';
import { Link } from 'wouter';
import { CopyLinkButton } from '@/components/copy-link-button';
import { OnThisPage, type PageSection } from '@/components/on-this-page';
import { useLang } from '@/lib/lang-context';
import { useUiText } from '@/locales/use-ui-text';
import type { CodeDetails, StatusCode } from '../data/status-codes';
import { useCodeLinks } from '@/lib/links';
import { CodePager } from './code-pager';
import { CodeTitle, DescriptionSection, GuidanceSections, ReferenceSection, RelatedSection } from './code-sections';
import { ErrorExamples } from './error-examples';

interface Props {
  entry: StatusCode;
  /** Its guidance in the page's language (what the page's route loaded). */
  details: CodeDetails | undefined;
  /** Sections from elsewhere (the API's own error codes, the gateway's, the Neutron types for this status), after the guidance. */
  extra?: readonly (PageSection & { content: ReactNode })[];
}

export function CodeDetail({ entry, details, extra }: Props) {
  const extras = extra ?? [];
  const lang = useLang();
  const t = useUiText();
  const links = useCodeLinks();
  const sections: PageSection[] = [
    { id: 'description-heading', label: t('detail.descriptionHeading') },
    ...(details
      ? [
          { id: 'meaning-heading', label: t('detail.meaningHeading') },
          { id: 'action-heading', label: t('detail.actionHeading') },
        ]
      : []),
    ...extras.map((e) => ({ id: e.id, label: e.label })),
    ...(details?.examples ? [{ id: 'examples-heading', label: t('detail.examplesHeading') }] : []),
    ...(details ? [{ id: 'reference-heading', label: t('detail.referenceHeading') }] : []),
    ...(details?.related.length ? [{ id: 'related-heading', label: t('detail.relatedHeading') }] : []),
  ];
  return (
    <article className="code-detail">
      <nav aria-label={t('detail.breadcrumb')} className="breadcrumb">
        {/* A status the tables do not list has no row to scroll to. */}
        <Link href={links.tables(lang, entry.inSource === false ? undefined : entry.code)}>
          {t('detail.backToTable')}
        </Link>
      </nav>
      <header className="code-detail__header">
        <CodeTitle entry={entry} />
        <CopyLinkButton
          label={t('detail.copyLink')}
          copiedLabel={t('detail.copied')}
          failedLabel={t('detail.copyFailed')}
        />
      </header>
      <OnThisPage sections={sections} />
      <DescriptionSection entry={entry} />
      {details && <GuidanceSections details={details} />}
      {extras.map((e) => (
        <Fragment key={e.id}>{e.content}</Fragment>
      ))}
      {details?.examples && <ErrorExamples examples={details.examples} />}
      {details && <ReferenceSection details={details} />}
      {details && <RelatedSection details={details} />}
      <CodePager code={entry.code} />
    </article>
  );
}
