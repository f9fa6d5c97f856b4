import { Link } from 'wouter';
import { useLang } from '@/lib/lang-context';
import { useUiText } from '@/locales/use-ui-text';
import type { CodeDetails, StatusCode } from '../data/status-codes';
import { useCodeLinks } from '@/lib/links';
import { CodeTitle, DescriptionSection, GuidanceSections, ReferenceSection, RelatedSection } from './code-sections';
import { ErrorExamples } from './error-examples';

/** One code, compact, for embedding: the examples fold away and links stay inside the embed. */
export function CodeCard({ entry, details }: { entry: StatusCode; details: CodeDetails | undefined }) {
  const lang = useLang();
  const t = useUiText();
  const links = useCodeLinks();
  return (
    <article className="code-card">
      <CodeTitle entry={entry} />
      <DescriptionSection entry={entry} />
      {details && <GuidanceSections details={details} />}
      {details?.examples && (
        <details className="code-card__examples">
          <summary>{t('embed.examplesToggle')}</summary>
          <ErrorExamples examples={details.examples} />
        </details>
      )}
      {details && <ReferenceSection details={details} />}
      {details && <RelatedSection details={details} />}
      <p>
        <Link href={links.tables(lang)}>{t('embed.backToTables')}</Link>
      </p>
    </article>
  );
}
