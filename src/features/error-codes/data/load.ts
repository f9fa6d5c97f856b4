import type { Lang } from '@/lib/languages';
import { cachedLoad } from '@/lib/tracked-promise';
import type { ErrorDetails, ErrorIndex } from './split';

const indexLoaders: Record<Lang, () => Promise<ErrorIndex>> = {
  zh: async () => (await import('virtual:error-codes/index/zh')).default,
  en: async () => (await import('virtual:error-codes/index/en')).default,
};

/** Every code's title, area, statuses and operations in one language (the catalogue and every list). */
export const loadErrorIndex = cachedLoad((lang: Lang) => indexLoaders[lang]());

const loadLoaders = cachedLoad(async () => (await import('virtual:error-codes/loaders')).loaders);

/** One code's guidance and occurrences in one language: its own small chunk. */
export const loadErrorDetails = cachedLoad(async (lang: Lang, code: string): Promise<ErrorDetails> => {
  const loader = (await loadLoaders())[lang][code];
  if (!loader) throw new Error(`No error code ${code}`);
  return (await loader()).default;
});

/** What an error code's page and embed card render with. */
export interface ErrorPageData {
  index: ErrorIndex;
  details: ErrorDetails;
}

export const loadErrorPage = async (lang: Lang, code: string): Promise<ErrorPageData> => {
  const [index, details] = await Promise.all([loadErrorIndex(lang), loadErrorDetails(lang, code)]);
  return { index, details };
};
