import type { Lang } from '@/lib/languages';
import { cachedLoad } from '@/lib/tracked-promise';
import type { GatewayCatalogue, GatewayIndex } from './split';

const catalogueLoaders: Record<Lang, () => Promise<GatewayCatalogue>> = {
  zh: async () => (await import('virtual:gateway-codes/catalogue/zh')).default,
  en: async () => (await import('virtual:gateway-codes/catalogue/en')).default,
};

const indexLoaders: Record<Lang, () => Promise<GatewayIndex>> = {
  zh: async () => (await import('virtual:gateway-codes/index/zh')).default,
  en: async () => (await import('virtual:gateway-codes/index/en')).default,
};

/** Each gateway code's title and statuses in one language: what a status page lists. */
export const loadGatewayIndex = cachedLoad((lang: Lang) => indexLoaders[lang]());

/** Every gateway code with its guidance in one language: the list and the code pages. */
export const loadGatewayCatalogue = cachedLoad((lang: Lang) => catalogueLoaders[lang]());
