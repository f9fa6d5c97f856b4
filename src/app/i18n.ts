import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANG } from '@/lib/languages';
import { en } from '@/locales/en';
import { zh } from '@/locales/zh';

export const resources = { zh: { translation: zh }, en: { translation: en } } as const;

/*
 * Resources are bundled, so initialisation is synchronous: the first render (prerender and
 * hydration alike) already has its strings and the two render identical markup.
 */
export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources,
  lng: DEFAULT_LANG,
  fallbackLng: false,
  initAsync: false,
  interpolation: { escapeValue: false },
});
