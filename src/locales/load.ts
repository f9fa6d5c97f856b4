import type { Lang } from '@/lib/languages';
import { tracked } from '@/lib/tracked-promise';
import type { UiResource } from './en';
import { translator, type Translate } from './translate';

/* Each page downloads its own language's UI strings only; a language switch fetches the other. */
const resources: Record<Lang, () => Promise<UiResource>> = {
  zh: async () => (await import('./zh')).zh,
  en: async () => (await import('./en')).en,
};

const loaded = new Map<Lang, Promise<Translate>>();

/** A language's UI strings, loaded once; the promise is tracked, so React's `use` reads it at once when done. */
export function loadUiStrings(lang: Lang): Promise<Translate> {
  let promise = loaded.get(lang);
  if (!promise) {
    const started = tracked(resources[lang]().then((resource) => translator(lang, resource)));
    loaded.set(lang, started);
    // A failed load is forgotten, so a later navigation tries again.
    started.catch(() => {
      if (loaded.get(lang) === started) loaded.delete(lang);
    });
    promise = started;
  }
  return promise;
}
