import { BILINGUAL_ORDER, DEFAULT_LANG, HTML_LANG, LANGUAGES, OG_LOCALE, type Lang } from '@/lib/languages';
import { scripts } from '@/lib/paths';
import type { Translate } from '@/locales/translate';
import { pageOf, type AppRoute } from './route-table';

/** Everything a page's <head> says about it, from its entry in the route table. */
export interface PageHead {
  htmlLang: string;
  title: string;
  description: string;
  siteName: string;
  imageAlt: string;
  ogLocale: string;
  ogLocaleAlternates: string[];
  /** Base-relative paths of the page's language versions; null for pages that are not indexed. */
  links: { canonical: string; alternates: { hreflang: string; path: string }[] } | null;
  /** Base-relative scripts that must run before first paint. */
  scripts: string[];
}

/** UI strings by language: the caller loads every language the page speaks (see preload-route.ts). */
export type UiTexts = (lang: Lang) => Translate;

/** What the page kind says of itself, in its language or, for a page without one, in every language. */
function pageText(texts: UiTexts, route: AppRoute, data: unknown) {
  const page = pageOf(route.kind);
  const text = (lang: Lang) => page.head({ t: texts(lang), lang: route.lang, params: route.params, data });
  if (route.lang) return text(route.lang);
  const all = BILINGUAL_ORDER.map(text);
  return { title: all.map((h) => h.title).join(' / '), description: all.map((h) => h.description).join(' ') };
}

function links(route: AppRoute): PageHead['links'] {
  const page = pageOf(route.kind);
  if (!page.indexed || route.lang === null) return null;
  const pathIn = (lang: Lang) => page.path(lang, route.params);
  return {
    canonical: pathIn(route.lang),
    alternates: [
      ...LANGUAGES.map((lang) => ({ hreflang: HTML_LANG[lang], path: pathIn(lang) })),
      // A page served at the root chooses a language per visitor; elsewhere the default language stands in.
      { hreflang: 'x-default', path: page.root ? '/' : pathIn(DEFAULT_LANG) },
    ],
  };
}

/**
 * The head of the page at `route`: `data` is what its kind's `data()` loaded (a code page's guidance
 * makes its description); `isRoot` when it is served at the site root.
 */
export function pageHead(texts: UiTexts, route: AppRoute, data: unknown, isRoot = false): PageHead {
  const lang = route.lang ?? BILINGUAL_ORDER[0]!;
  const t = texts(lang);
  const page = pageOf(route.kind);
  return {
    htmlLang: HTML_LANG[lang],
    ...pageText(texts, route, data),
    siteName: t('site.name'),
    imageAlt: t('site.shareImageAlt'),
    ogLocale: OG_LOCALE[lang],
    ogLocaleAlternates: LANGUAGES.filter((other) => other !== lang).map((other) => OG_LOCALE[other]),
    links: links(route),
    scripts: [...(page.embed ? [scripts.embedTheme] : []), ...(isRoot ? [scripts.langRedirect] : [])],
  };
}
