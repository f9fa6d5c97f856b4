import { createElement, use } from 'react';
import type { Lang } from '@/lib/languages';
import { once, tracked } from '@/lib/tracked-promise';
import { loadUiPageStrings } from '@/locales/load';
import { loadSiteSearch } from '../load-site-search';
import type { SearchDialogProps } from './search-dialog';

/* The dialog, the engine and the searched text are one chunk that loads on first use. */
const loadDialog = once(async () => (await import('./search-dialog')).SearchDialogContent);

export const preloadSearchDialog = loadDialog;

/**
 * Everything the open dialog needs: its code, the engine with both texts, and its strings. One promise
 * per opening, kept by the caller: the loaders forget a failure (so "Try again" fetches afresh), and a
 * render that asked them again would only ever see a new attempt, never the failure.
 */
export const loadSearchDialog = (lang: Lang) =>
  tracked(Promise.all([loadDialog(), loadSiteSearch(), loadUiPageStrings(lang)]).then(([Content]) => Content));

export type SearchDialogLoad = ReturnType<typeof loadSearchDialog>;

export function SearchDialog({ load, ...props }: SearchDialogProps & { load: SearchDialogLoad }) {
  // The same component on every opening: the module's export.
  return createElement(use(load), props);
}
