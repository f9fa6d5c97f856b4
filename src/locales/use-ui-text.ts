import { use } from 'react';
import type { Lang } from '@/lib/languages';
import { useLang } from '@/lib/lang-context';
import { loadUiPageStrings, loadUiStrings } from './load';
import type { Translate } from './translate';

/** UI strings in `lang`, suspending while they load (the start-up loads the page's own in advance). */
export function useUiTextIn(lang: Lang): Translate {
  return use(loadUiStrings(lang));
}

/** UI strings in the page's language, so one render never mixes two. */
export function useUiText(): Translate {
  return useUiTextIn(useLang());
}

/** UI strings including those only the embedding and sources pages and the search dialog use. */
export function useUiPageText(): Translate {
  return use(loadUiPageStrings(useLang()));
}
