export const LANGUAGES = ['zh', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];
export const DEFAULT_LANG: Lang = 'zh';

/**
 * A page in no language of ours (404.html, an unknown language in the path) speaks every language,
 * English first: its visitors more likely read it than Chinese. `<html lang>` is the first; every
 * block in another language carries its own `lang`.
 */
export const BILINGUAL_ORDER: readonly Lang[] = ['en', 'zh'];

/** BCP 47 tags for `<html lang>` and `hreflang`. */
export const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

/** Open Graph locales (language_TERRITORY). */
export const OG_LOCALE: Record<Lang, string> = { zh: 'zh_CN', en: 'en_US' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export type Localized<T = string> = Record<Lang, T>;
