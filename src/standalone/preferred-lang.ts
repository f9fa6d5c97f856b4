import { DEFAULT_LANG, isLang, type Lang } from '@/lib/languages';

/** A stored choice wins; otherwise Chinese browsers stay on Chinese and every other goes to English. */
export function preferredLang(stored: string | null, browserLanguages: readonly string[]): Lang {
  if (isLang(stored)) return stored;
  const first = browserLanguages[0] ?? DEFAULT_LANG;
  return /^zh\b/i.test(first) ? 'zh' : 'en';
}
