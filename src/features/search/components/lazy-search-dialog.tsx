import { preloadable } from '@/lib/preloadable';

/* The dialog, the engine and the searched text are one chunk that loads on first use. */
const dialog = preloadable(async () => (await import('./search-dialog')).SearchDialogContent);

export const preloadSearchDialog = dialog.preload;
export const SearchDialog = dialog.Component;
