import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { CopyLinkButton } from '@/components/copy-link-button';
import { useLang } from '@/lib/lang-context';
import { useUiText } from '@/locales/use-ui-text';
import { useCodeDetails } from '../data/details';
import type { StatusCode } from '../data/status-codes';
import { useCodeLinks } from '@/lib/links';
import { CodePager } from './code-pager';
import { CodeTitle, DescriptionSection, GuidanceSections, ReferenceSection, RelatedSection } from './code-sections';
import { ErrorExamples } from './error-examples';

/** A status code's page; `children` (the API's own error codes for it) follow the guidance. */
export function CodeDetail({ entry, children }: { entry: StatusCode; children?: ReactNode }) {
  const lang = useLang();
  const details = useCodeDetails(lang, entry.code);
  const t = useUiText();
  const links = useCodeLinks();
  return (
    <article className="code-detail">
      <nav aria-label={t('detail.breadcrumb')} className="breadcrumb">
        <Link href={links.tables(lang, entry.code)}>{t('detail.backToTable')}</Link>
      </nav>
      <header className="code-detail__header">
        <CodeTitle entry={entry} />
        <CopyLinkButton
          label={t('detail.copyLink')}
          copiedLabel={t('detail.copied')}
          failedLabel={t('detail.copyFailed')}
        />
      </header>
      <DescriptionSection entry={entry} />
      {details && <GuidanceSections details={details} />}
      {children}
      {details?.examples && <ErrorExamples examples={details.examples} />}
      {details && <ReferenceSection details={details} />}
      {details && <RelatedSection details={details} />}
      <CodePager code={entry.code} />
    </article>
  );
}
