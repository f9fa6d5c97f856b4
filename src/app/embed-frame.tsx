import type { ReactNode } from 'react';
import { useSearch } from 'wouter';
import { EmbedLayout } from './embed-layout';
import { CodeLinksContext, embedLinks } from '@/lib/links';
import type { Lang } from '@/lib/languages';
import { queryParams } from '@/lib/query-params';
import { pageOf, type AppRoute } from './route-table';

/** An embed view inside its frame: links stay in the embed, and lead out to the same content on the full site. */
export function EmbedFrame({ route, lang, children }: { route: AppRoute; lang: Lang; children: ReactNode }) {
  const search = new URLSearchParams(useSearch());
  const full = pageOf(route.kind).embed?.full(lang, route.params, search) ?? '';
  return (
    <CodeLinksContext.Provider value={embedLinks(search.get(queryParams.theme))}>
      <EmbedLayout lang={lang} fullPath={full}>
        {children}
      </EmbedLayout>
    </CodeLinksContext.Provider>
  );
}
