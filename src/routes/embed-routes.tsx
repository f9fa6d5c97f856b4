import type { ReactNode } from 'react';
import { useSearch } from 'wouter';
import type { EmbedRoute } from '@/app/routes';
import { EmbedLayout } from '@/components/embed-layout';
import { CodeLinksContext, embedLinks } from '@/features/status-codes/components/code-links';
import { LazySearchableTables } from '@/features/status-codes/components/lazy-searchable-tables';
import { useUiText } from '@/lib/lang-context';
import { paths } from '@/lib/paths';

export function EmbedIndexRoute() {
  const t = useUiText();
  return (
    <>
      <h1 className="visually-hidden">{t('index.title')}</h1>
      <LazySearchableTables />
    </>
  );
}

/** An embed view inside its frame: links stay in the embed, and lead out to the same content on the full site. */
export function EmbedFrame({ route, children }: { route: EmbedRoute; children: ReactNode }) {
  const params = new URLSearchParams(useSearch());
  const query = params.get('q');
  const fullPath =
    route.kind === 'embed-code'
      ? paths.codeDetail(route.lang, route.code)
      : paths.index(route.lang) + (query ? `?${new URLSearchParams({ q: query }).toString()}` : '');
  return (
    <CodeLinksContext.Provider value={embedLinks(params.get('theme'))}>
      <EmbedLayout lang={route.lang} fullPath={fullPath}>
        {children}
      </EmbedLayout>
    </CodeLinksContext.Provider>
  );
}
