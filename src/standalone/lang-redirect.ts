/*
 * Runs on the root page only, before first paint (/lang-redirect.js): a visitor who chose English
 * before, or whose browser prefers a non-Chinese language, goes to the English index. The target is
 * resolved against this script's own URL, so it works under any deploy base.
 */
import { urlUnder } from '@/lib/base-path';
import { DEFAULT_LANG } from '@/lib/languages';
import { paths } from '@/lib/paths';
import { LANG_PREFERENCE_KEY, readPreference } from '@/lib/safe-storage';
import { preferredLang } from './preferred-lang';

const script = document.currentScript;
if (script instanceof HTMLScriptElement) {
  const languages = navigator.languages.length ? navigator.languages : [navigator.language];
  const lang = preferredLang(readPreference(LANG_PREFERENCE_KEY), languages);
  if (lang !== DEFAULT_LANG) {
    const target = urlUnder(new URL('.', script.src), paths.index(lang));
    window.location.replace(target.href + window.location.search + window.location.hash);
  }
}
