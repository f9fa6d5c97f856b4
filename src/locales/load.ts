import { getI18n } from 'react-i18next';
import type { Lang } from '@/lib/languages';
import { once } from '@/lib/tracked-promise';

/* Each page downloads its own language's UI strings only; a language switch fetches the other. */
const loaders: Record<Lang, () => Promise<void>> = {
  zh: once(async () => {
    getI18n().addResourceBundle('zh', 'translation', (await import('./zh')).zh);
  }),
  en: once(async () => {
    getI18n().addResourceBundle('en', 'translation', (await import('./en')).en);
  }),
};

export const loadUiStrings = (lang: Lang) => loaders[lang]();
