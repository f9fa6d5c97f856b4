import { createElement, use } from 'react';
import type { Lang } from '@/lib/languages';
import { once, retryFailedLoads, tracked } from '@/lib/tracked-promise';
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
 * per opening, kept by the caller. An opening (or "Try again") is the reader's new attempt, so the
 * loaders forget an earlier failure and fetch afresh; a render that asked them again would only ever
 * see this attempt, never refetch in a loop.
 */
export const loadSearchDialog = (lang: Lang) => {
  retryFailedLoads();
  return tracked(loadDialog().then((dialog) => dialog.ready(lang)));
};

export type SearchDialogLoad = ReturnType<typeof loadSearchDialog>;

export function SearchDialog({ load, ...props }: SearchDialogProps & { load: SearchDialogLoad }) {
  // The same component on every opening: the module's export.
  return createElement(use(load), props);
}
