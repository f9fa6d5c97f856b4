import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANG } from '@/lib/languages';

/*
 * One instance for the app. Strings arrive per language (src/locales/load.ts) before anything
 * renders in that language, so every render, prerender and hydration alike, has its strings.
 */
export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources: {},
  lng: DEFAULT_LANG,
  fallbackLng: false,
  initAsync: false,
  interpolation: { escapeValue: false },
});
