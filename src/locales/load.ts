import type { Lang } from '@/lib/languages';
import { cachedLoad } from '@/lib/tracked-promise';
import type { UiCore, UiResource } from './en';
import type { UiPages } from './en-pages';
import { translator, type Translate } from './translate';

/*
 * Each page downloads its own language's UI strings only; a language switch fetches the other. The
 * strings of the embedding and sources pages and of the search dialog are a second part, loaded
 * with those alone: every other page would carry them for nothing.
 */
const cores: Record<Lang, () => Promise<UiCore>> = {
  zh: async () => (await import('./zh')).zh,
  en: async () => (await import('./en')).en,
};
const pageParts: Record<Lang, () => Promise<UiPages>> = {
  zh: async () => (await import('./zh-pages')).zhPages,
  en: async () => (await import('./en-pages')).enPages,
};

/** The strings loaded so far, per language: the core, and the page part merged in once it arrives. */
const resources = new Map<Lang, UiResource>();

/** A language's core UI strings, loaded once (retried after a failure); React's `use` reads them at once when done. */
export const loadUiStrings = cachedLoad(async (lang: Lang): Promise<Translate> => {
  // The core holds every section; a page part arriving later only adds keys to its sections.
  const resource = structuredClone(await cores[lang]()) as UiResource;
  resources.set(lang, resource);
  return translator(lang, resource);
});

/** The core and the page part of a language's strings. */
export const loadUiPageStrings = cachedLoad(async (lang: Lang): Promise<Translate> => {
  const [t, part] = await Promise.all([loadUiStrings(lang), pageParts[lang]()]);
  const resource = resources.get(lang)!;
  for (const [section, strings] of Object.entries(part)) {
    Object.assign((resource as Record<string, object>)[section] ?? {}, strings);
  }
  return t;
});
