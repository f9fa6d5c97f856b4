import { useUiText } from '@/locales/use-ui-text';
import type { ErrorIndex } from '../data/split';
import { ErrorCodeList } from './error-code-list';

/** The API's own error codes documented with a status, in code order. */
export const errorCodesForStatus = (index: ErrorIndex, status: number): string[] =>
  index.codes.filter((e) => e.statuses.some((s) => s === status)).map((e) => e.code);

export const ERROR_CODES_HEADING = 'error-codes-heading';

/** On a status page: the API's own error codes documented with that status, or nothing when there are none. */
export function ErrorCodesForStatus({ status, index }: { status: number; index: ErrorIndex }) {
  const t = useUiText();
  const codes = errorCodesForStatus(index, status);
  if (codes.length === 0) return null;
  return (
    <section aria-labelledby={ERROR_CODES_HEADING}>
      <h2 id={ERROR_CODES_HEADING}>{t('errors.forStatusHeading')}</h2>
      <p>{t('errors.forStatusIntro', { count: codes.length })}</p>
      <ErrorCodeList codes={codes} index={index} />
    </section>
  );
}
