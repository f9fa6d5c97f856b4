import { use } from 'react';
import type { Lang } from '@/lib/languages';
import { useLang } from '@/lib/lang-context';
import { loadUiStrings } from './load';
import type { Translate } from './translate';

/** UI strings in `lang`, suspending while they load (the start-up loads the page's own in advance). */
export function useUiTextIn(lang: Lang): Translate {
  return use(loadUiStrings(lang));
}

/** UI strings in the page's language, so one render never mixes two. */
export function useUiText(): Translate {
  return useUiTextIn(useLang());
}
