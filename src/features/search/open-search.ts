/*
 * How other parts of the page ask the header's site search to open, with a text to search for (the
 * index filters hand a pasted error over), and how a key pressed before the app listened reaches it.
 */

/** The event on `document` that asks the site search to open; its detail is the text to search for. */
export const OPEN_SEARCH_EVENT = 'vpc:open-search';

/**
 * Set on <html> by the boot script (src/app/boot-script.ts) when "/" or Ctrl+K/⌘K is pressed while
 * the app is still starting; the site search opens once it is ready, and removes it.
 */
export const SEARCH_REQUESTED_ATTRIBUTE = 'data-search-requested';

export const openSiteSearch = (text = '') =>
  document.dispatchEvent(new CustomEvent(OPEN_SEARCH_EVENT, { detail: text }));
