import { use } from 'react';
import type { Lang } from '@/lib/languages';
import { once } from '@/lib/tracked-promise';
import type { GatewayCatalogue, GatewayIndex } from './split';

const loaders: Record<Lang, () => Promise<GatewayCatalogue>> = {
  zh: once(async () => (await import('virtual:gateway-codes/catalogue/zh')).default),
  en: once(async () => (await import('virtual:gateway-codes/catalogue/en')).default),
};

const indexLoaders: Record<Lang, () => Promise<GatewayIndex>> = {
  zh: once(async () => (await import('virtual:gateway-codes/index/zh')).default),
  en: once(async () => (await import('virtual:gateway-codes/index/en')).default),
};

/** Each gateway code's title and statuses in one language: what a status page lists. */
export const loadGatewayIndex = (lang: Lang) => indexLoaders[lang]();

/** Every gateway code with its guidance in one language: the list and the code pages. */
export const loadGatewayCatalogue = (lang: Lang) => loaders[lang]();

export const useGatewayCatalogue = (lang: Lang): GatewayCatalogue => use(loadGatewayCatalogue(lang));
