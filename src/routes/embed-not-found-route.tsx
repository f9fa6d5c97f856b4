import { Link } from 'wouter';
import { useCodeLinks } from '@/features/status-codes/components/code-links';
import { NearestCodes } from '@/features/status-codes/components/code-link-list';
import { nearestDocumentedCodes } from '@/features/status-codes/search/search-codes';
import { useLang } from '@/lib/lang-context';
import { useUiText } from '@/locales/use-ui-text';

/** A compact not-found card inside an embed, with the nearest codes for a code we do not document. */
export function EmbedNotFoundRoute({ requestedCode }: { requestedCode: number | null }) {
  const lang = useLang();
  const t = useUiText();
  const links = useCodeLinks();
  return (
    <section className="code-card not-found">
      <h1>{t('notFound.heading')}</h1>
      <p>{requestedCode === null ? t('embed.notFoundPath') : t('embed.notFound', { code: requestedCode })}</p>
      {requestedCode !== null && (
        <NearestCodes codes={nearestDocumentedCodes(String(requestedCode))} label={t('notFound.nearest')} />
      )}
      <p>
        <Link href={links.tables(lang)}>{t('embed.backToTables')}</Link>
      </p>
    </section>
  );
}
