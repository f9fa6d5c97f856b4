import { OutboundLink } from '@/components/outbound-link';
import { useLang } from '@/lib/lang-context';
import { paths } from '@/lib/paths';
import { useUiText } from '@/locales/use-ui-text';
import type { ErrorDetails, ErrorIndex } from '../data/split';
import { ErrorCodeTitle, ErrorExample, ErrorGuidance, ObservedStatuses, RelatedErrors } from './error-code-sections';
import { OccurrencesTable } from './occurrences-table';

/** One error code, compact, for embedding: occurrences and example fold away; related codes stay in the embed. */
export function ErrorCodeCard({ code, index, details }: { code: string; index: ErrorIndex; details: ErrorDetails }) {
  const lang = useLang();
  const t = useUiText();
  const entry = index.codes.find((e) => e.code === code);
  if (!entry) return null;
  return (
    <article className="code-card">
      <ErrorCodeTitle entry={entry} index={index} />
      <ErrorGuidance details={details} />
      <details className="code-card__examples">
        <summary>{t('errors.occurrencesHeading')}</summary>
        <OccurrencesTable details={details} index={index} />
        <p className="note">{t('errors.messageNote')}</p>
        <ObservedStatuses details={details} />
        <ErrorExample details={details} />
      </details>
      <RelatedErrors details={details} index={index} />
      <p>
        <OutboundLink href={paths.errorsIndex(lang)}>{t('errors.toCatalogue')}</OutboundLink>
      </p>
    </article>
  );
}
