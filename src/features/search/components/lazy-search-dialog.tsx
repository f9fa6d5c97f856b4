import { createElement, use } from 'react';
import { once } from '@/lib/tracked-promise';
import type { SearchDialogProps } from './search-dialog';

/*
 * The dialog, the engine and the searched text are one chunk that loads on first use. Not React.lazy,
 * which keeps a failed load for good: this loader forgets a failure, so "Try again" fetches afresh.
 */
const loadDialog = once(async () => (await import('./search-dialog')).SearchDialogContent);

export const preloadSearchDialog = loadDialog;

export function SearchDialog(props: SearchDialogProps) {
  // The same component every time: the module's export, once loaded.
  return createElement(use(loadDialog()), props);
}
