import type { Lang } from '@/lib/languages';
import { cachedLoad } from '@/lib/tracked-promise';
import type { DetailsByCode } from './status-codes';

const loaders: Record<Lang, () => Promise<DetailsByCode>> = {
  zh: async () => (await import('virtual:status-codes/details/zh')).default,
  en: async () => (await import('virtual:status-codes/details/en')).default,
};

/** One language's guidance for every code, loaded once (a code page's route loads it and hands it over). */
export const loadStatusDetails = cachedLoad((lang: Lang) => loaders[lang]());
