import { use } from 'react';
import type { Lang } from '@/lib/languages';
import { once } from '@/lib/tracked-promise';
import type { CodeDetails, DetailsByCode } from './status-codes';

const loaders: Record<Lang, () => Promise<DetailsByCode>> = {
  zh: once(async () => (await import('virtual:status-codes/details/zh')).default),
  en: once(async () => (await import('virtual:status-codes/details/en')).default),
};

/** One language's guidance for every code, loaded once (code pages load it before hydrating). */
export const loadDetails = (lang: Lang) => loaders[lang]();

/** A code's guidance in the page's language; suspends while it loads (inside a Suspense boundary). */
export function useCodeDetails(lang: Lang, code: number): CodeDetails | undefined {
  return use(loadDetails(lang))[code];
}
