import { use } from 'react';
import type { Lang } from '@/lib/languages';
import { once } from '@/lib/tracked-promise';
import type { ErrorDetails, ErrorIndex } from './split';

const indexLoaders: Record<Lang, () => Promise<ErrorIndex>> = {
  zh: once(async () => (await import('virtual:error-codes/index/zh')).default),
  en: once(async () => (await import('virtual:error-codes/index/en')).default),
};

/** Every code's title, area, statuses and operations in one language (the catalogue and every list). */
export const loadErrorIndex = (lang: Lang) => indexLoaders[lang]();

export const useErrorIndex = (lang: Lang): ErrorIndex => use(loadErrorIndex(lang));

const loadLoaders = once(async () => (await import('virtual:error-codes/loaders')).loaders);
const details = new Map<string, () => Promise<ErrorDetails>>();

/** One code's guidance and occurrences in one language: its own small chunk. */
export function loadErrorDetails(lang: Lang, code: string): Promise<ErrorDetails> {
  const key = `${lang}:${code}`;
  let load = details.get(key);
  if (!load) {
    load = once(async () => {
      const loader = (await loadLoaders())[lang][code];
      if (!loader) throw new Error(`No error code ${code}`);
      return (await loader()).default;
    });
    details.set(key, load);
  }
  return load();
}

export const useErrorDetails = (lang: Lang, code: string): ErrorDetails => use(loadErrorDetails(lang, code));
