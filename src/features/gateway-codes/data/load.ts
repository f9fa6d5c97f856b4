import { use } from 'react';
import type { Lang } from '@/lib/languages';
import { once } from '@/lib/tracked-promise';
import type { GatewayCatalogue } from './split';

const loaders: Record<Lang, () => Promise<GatewayCatalogue>> = {
  zh: once(async () => (await import('virtual:gateway-codes/catalogue/zh')).default),
  en: once(async () => (await import('virtual:gateway-codes/catalogue/en')).default),
};

/** Every gateway code with its guidance in one language: the list, the code pages and the status pages. */
export const loadGatewayCatalogue = (lang: Lang) => loaders[lang]();

export const useGatewayCatalogue = (lang: Lang): GatewayCatalogue => use(loadGatewayCatalogue(lang));
