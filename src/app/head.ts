import { findEntry } from '@/features/status-codes/data/access';
import type { DetailsByCode } from '@/features/status-codes/data/status-codes';
import { HTML_LANG, LANGUAGES, OG_LOCALE, type Lang } from '@/lib/languages';
import { i18n } from './i18n';
import type { AppRoute } from './routes';

export interface PageHead {
  htmlLang: string;
  title: string;
  description: string;
  siteName: string;
  imageAlt: string;
  ogLocale: string;
  ogLocaleAlternates: string[];
}

/** Search results and link previews show about one sentence; the page has the rest. */
function firstSentence(text: string): string {
  const match = /^.+?(?:\.(?=\s|$)|。)/u.exec(text);
  return match ? match[0] : text;
}

const site = (lang: Lang) => {
  const t = i18n.getFixedT(lang);
  return {
    siteName: t('site.name'),
    imageAlt: t('site.shareImageAlt'),
    ogLocale: OG_LOCALE[lang],
    ogLocaleAlternates: LANGUAGES.filter((other) => other !== lang).map((other) => OG_LOCALE[other]),
  };
};

/**
 * Title and description of a page: used by the prerender (static head, with the page's guidance
 * for a code's description) and the client (title and language after navigation).
 */
export function headFor(route: AppRoute, details?: DetailsByCode): PageHead {
  return { ...site(route.lang ?? 'en'), ...pageText(route, details) };
}

function pageText(route: AppRoute, details?: DetailsByCode): Pick<PageHead, 'htmlLang' | 'title' | 'description'> {
  const lang = route.lang;
  if (lang === null) {
    const zh = i18n.getFixedT('zh');
    const en = i18n.getFixedT('en');
    return {
      htmlLang: HTML_LANG.en,
      title: `${en('notFound.heading')} / ${zh('notFound.heading')}`,
      description: `${en('index.description')} ${zh('index.description')}`,
    };
  }
  const t = i18n.getFixedT(lang);
  const htmlLang = HTML_LANG[lang];
  if (route.kind === 'code' || route.kind === 'embed-code') {
    const entry = findEntry(route.code);
    if (entry) {
      const vars = { code: entry.code, phrase: entry.reasonPhrase };
      return {
        htmlLang,
        title: t('detail.title', vars),
        description: t('detail.description', {
          ...vars,
          text: firstSentence(details?.[entry.code]?.meaning ?? entry.description[lang]),
        }),
      };
    }
  }
  if (route.kind === 'index' || route.kind === 'embed-index') {
    return { htmlLang, title: t('index.title'), description: t('index.description') };
  }
  if (route.kind === 'embedding') {
    return { htmlLang, title: t('embedding.title'), description: t('embedding.description') };
  }
  return { htmlLang, title: t('notFound.title'), description: t('index.description') };
}
