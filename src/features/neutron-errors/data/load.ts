import type { Lang } from '@/lib/languages';
import { cachedLoad } from '@/lib/tracked-promise';
import type { NeutronDetails, NeutronIndexEntry } from './split';

const indexLoaders: Record<Lang, () => Promise<NeutronIndexEntry[]>> = {
  zh: async () => (await import('virtual:neutron-errors/index/zh')).default,
  en: async () => (await import('virtual:neutron-errors/index/en')).default,
};

/** Every type's status and title in one language (the list page). */
export const loadNeutronIndex = cachedLoad((lang: Lang) => indexLoaders[lang]());

/** The repositories the types come from, their revisions and licences (the Sources page). */
export const loadNeutronSources = cachedLoad(async () => (await import('virtual:neutron-errors/sources')).default);

const loadLoaders = cachedLoad(async () => (await import('virtual:neutron-errors/loaders')).loaders);

/** One type's page in one language: its own small chunk. */
export const loadNeutronDetails = cachedLoad(async (lang: Lang, type: string): Promise<NeutronDetails> => {
  const loader = (await loadLoaders())[lang][type];
  if (!loader) throw new Error(`No Neutron error type ${type}`);
  return (await loader()).default;
});
