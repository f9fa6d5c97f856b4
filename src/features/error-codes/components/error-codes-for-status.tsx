import { useLang } from '@/lib/lang-context';
import { useUiText } from '@/locales/use-ui-text';
import { useErrorIndex } from '../data/load';
import { ErrorCodeList } from './error-code-list';

/** On a status page: the API's own error codes documented with that status, or nothing when there are none. */
export function ErrorCodesForStatus({ status }: { status: number }) {
  const lang = useLang();
  const t = useUiText();
  const codes = useErrorIndex(lang)
    .codes.filter((e) => e.statuses.some((s) => s === status))
    .map((e) => e.code);
  if (codes.length === 0) return null;
  return (
    <section aria-labelledby="error-codes-heading">
      <h2 id="error-codes-heading">{t('errors.forStatusHeading')}</h2>
      <p>{t('errors.forStatusIntro', { count: codes.length })}</p>
      <ErrorCodeList codes={codes} />
    </section>
  );
}
