import { DEFAULT_LANG, LANGUAGES, type Lang } from '@/lib/languages';
import { preloadable } from '@/lib/preloadable';
import { cachedLoad } from '@/lib/tracked-promise';
import { loadUiStrings } from '@/locales/load';
import type { UiTexts } from './head';
import { routeKey } from './resolve-route';
import { pageOf, type AppRoute } from './route-table';

/**
 * The frame of embed views, in its own chunk: only embeds need it. Preloaded with the page, so it
 * renders at once; a frame that suspended would show nothing for a moment where the page is not
 * hydrated but drawn afresh (an embed's not-found card).
 */
export const EmbedFrame = preloadable(async () => (await import('./embed-frame')).EmbedFrame);
export const loadEmbedFrame = EmbedFrame.preload;

/**
 * Everything the page at `route` renders with: its chunk, its data and its UI strings (both
 * languages for a page in none of ours). Resolves to what its kind's `data()` loaded, which the
 * page's component and head receive (app.tsx, entry-server.tsx): remembered per route and params,
 * so the prerender, hydration and every later visit read the same value.
 */
export const preloadRoute = cachedLoad(async (route: AppRoute): Promise<unknown> => {
  const page = pageOf(route.kind);
  // A page in none of our languages (not found) still loads its data: that kind's `data()` reads the
  // languages it speaks from its params, so the language passed here does not matter.
  const loadData = page.data?.(route.lang ?? DEFAULT_LANG, route.params);
  const [data] = await Promise.all([
    loadData,
    page.component.preload(),
    ...(page.embed ? [loadEmbedFrame()] : []),
    ...langsOf(route).map((lang) => loadUiStrings(lang)),
  ]);
  return data;
}, routeKey);

/** The languages a page speaks: its own, or every one for a page in none of ours. */
const langsOf = (route: AppRoute): readonly Lang[] => (route.lang ? [route.lang] : LANGUAGES);

/** The UI strings of every language the page at `route` speaks, for its head (see head.ts). */
export async function uiTextsFor(route: AppRoute): Promise<UiTexts> {
  const loaded = new Map(
    await Promise.all(langsOf(route).map(async (lang) => [lang, await loadUiStrings(lang)] as const)),
  );
  return (lang) => loaded.get(lang)!;
}
