import { Link } from 'wouter';
import { type ErrorIndex, ErrorCodeList, formatErrorCode, nearestErrorCodes } from '@/features/error-codes';
import { useCodeLinks } from '@/lib/links';
import { NearestCodes, nearestDocumentedCodes } from '@/features/status-codes';
import { useLang } from '@/lib/lang-context';
import { useUiText } from '@/locales/use-ui-text';

/** A compact not-found card inside an embed, with the nearest codes for a code we do not document. */
export function EmbedNotFoundRoute({
  requestedCode,
  requestedError,
  data,
}: {
  requestedCode: number | null;
  requestedError: number | null;
  /** The error-code index, loaded when the path names an error code. */
  data: ErrorIndex | undefined;
}) {
  const lang = useLang();
  const t = useUiText();
  const links = useCodeLinks();
  return (
    <section className="code-card not-found">
      <h1>{t('notFound.heading')}</h1>
      <p>
        {requestedError !== null
          ? t('errors.embedNotFound', { code: formatErrorCode(requestedError) })
          : requestedCode === null
            ? t('embed.notFoundPath')
            : t('embed.notFound', { code: requestedCode })}
      </p>
      {requestedError !== null && data && (
        <>
          <p>{t('errors.nearest')}</p>
          <ErrorCodeList codes={nearestErrorCodes(requestedError)} index={data} />
        </>
      )}
      {requestedCode !== null && (
        <NearestCodes codes={nearestDocumentedCodes(String(requestedCode))} label={t('notFound.nearest')} />
      )}
      <p>
        <Link href={links.tables(lang)}>{t('embed.backToTables')}</Link>
      </p>
    </section>
  );
}
