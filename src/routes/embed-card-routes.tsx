import { Link } from 'wouter';
import type { EmbedRoute } from '@/app/routes';
import { CodeCard } from '@/features/status-codes/components/code-card';
import { useCodeLinks } from '@/features/status-codes/components/code-links';
import { NearestCodes } from '@/features/status-codes/components/code-link-list';
import { findEntry } from '@/features/status-codes/data/access';
import { nearestDocumentedCodes } from '@/features/status-codes/search/search-codes';
import { useLang, useUiText } from '@/lib/lang-context';

function EmbedNotFound({ requestedCode }: { requestedCode: number | null }) {
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

/** One code as a compact card, or a compact not-found card: the embed's answer to a code URL. */
export function EmbedCardRoute({ route }: { route: Exclude<EmbedRoute, { kind: 'embed-index' }> }) {
  const entry = route.kind === 'embed-code' ? findEntry(route.code) : undefined;
  return entry ? (
    <CodeCard entry={entry} />
  ) : (
    <EmbedNotFound requestedCode={route.kind === 'embed-not-found' ? route.requestedCode : null} />
  );
}
