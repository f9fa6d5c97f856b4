import { createContext, use, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { loadUiStrings } from '@/locales/load';
import { DEFAULT_LANG, type Lang } from './languages';

/** The language of the page being shown, taken from its URL. */
export const LangContext = createContext<Lang>(DEFAULT_LANG);

export const useLang = () => useContext(LangContext);

/** UI strings in `lang`, suspending while they load (the start-up loads the page's own in advance). */
export function useUiTextIn(lang: Lang) {
  use(loadUiStrings(lang));
  return useTranslation('translation', { lng: lang }).t;
}

/** UI strings in the page's language (not i18next's global language, so one render never mixes two). */
export function useUiText() {
  return useUiTextIn(useLang());
}
