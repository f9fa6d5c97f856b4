import { use } from 'react';
import type { Lang } from '@/lib/languages';
import { once } from '@/lib/tracked-promise';
import type { NeutronDetails, NeutronIndexEntry } from './split';

const indexLoaders: Record<Lang, () => Promise<NeutronIndexEntry[]>> = {
  zh: once(async () => (await import('virtual:neutron-errors/index/zh')).default),
  en: once(async () => (await import('virtual:neutron-errors/index/en')).default),
};

/** Every type's status and title in one language (the list page). */
export const loadNeutronIndex = (lang: Lang) => indexLoaders[lang]();

export const useNeutronIndex = (lang: Lang): NeutronIndexEntry[] => use(loadNeutronIndex(lang));

/** The repositories the types come from, their revisions and licences (the Sources page). */
export const loadNeutronSources = once(async () => (await import('virtual:neutron-errors/sources')).default);

export const useNeutronSources = () => use(loadNeutronSources());

const loadLoaders = once(async () => (await import('virtual:neutron-errors/loaders')).loaders);
const details = new Map<string, () => Promise<NeutronDetails>>();

/** One type's page in one language: its own small chunk. */
export function loadNeutronDetails(lang: Lang, type: string): Promise<NeutronDetails> {
  const key = `${lang}:${type}`;
  let load = details.get(key);
  if (!load) {
    load = once(async () => {
      const loader = (await loadLoaders())[lang][type];
      if (!loader) throw new Error(`No Neutron error type ${type}`);
      return (await loader()).default;
    });
    details.set(key, load);
  }
  return load();
}

export const useNeutronDetails = (lang: Lang, type: string): NeutronDetails => use(loadNeutronDetails(lang, type));
