import { createElement, use } from 'react';
import type { Lang } from '@/lib/languages';
import { once, tracked } from '@/lib/tracked-promise';
import { loadSearchModule } from '../load-module';
import type { SearchDialogProps } from './search-dialog';

/* The dialog, the engine and the searched text are one chunk that loads on first use. */
const loadDialog = once(() => import('./search-dialog'));

/** Pointing at the search button starts loading the dialog and the engine, without waiting for either. */
export const preloadSearchDialog = () => {
  loadSearchModule().catch(() => undefined);
  loadDialog().catch(() => undefined);
};

/**
 * Everything the open dialog needs: its code, the engine with both texts, and its strings. One promise
 * per opening, kept by the caller: the loaders forget a failure (so "Try again" fetches afresh), and a
 * render that asked them again would only ever see a new attempt, never the failure.
 */
export const loadSearchDialog = (lang: Lang) => tracked(loadDialog().then((dialog) => dialog.ready(lang)));

export type SearchDialogLoad = ReturnType<typeof loadSearchDialog>;

export function SearchDialog({ load, ...props }: SearchDialogProps & { load: SearchDialogLoad }) {
  // The same component on every opening: the module's export.
  return createElement(use(load), props);
}
