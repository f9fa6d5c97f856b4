/*
 * How other parts of the page ask the header's site search to open, with a text to search for (the
 * index filters hand a pasted error over), and how a key pressed before the app listened reaches it.
 */

const OPEN_EVENT = 'vpc-status-codes:open-search';

/**
 * Set on <html> by the boot script (src/app/boot-script.ts) when "/" or Ctrl+K/⌘K is pressed while
 * the app is still starting; the site search opens once it is ready, and removes it.
 */
export const SEARCH_REQUESTED_ATTRIBUTE = 'data-search-requested';

export function openSiteSearch(text = ''): void {
  document.dispatchEvent(new CustomEvent<string>(OPEN_EVENT, { detail: text }));
}

/** Calls `listener` with the text of every request to open; returns the function that stops it. */
export function onOpenSiteSearch(listener: (text: string) => void): () => void {
  const handle = (event: Event) =>
    listener(event instanceof CustomEvent && typeof event.detail === 'string' ? event.detail : '');
  document.addEventListener(OPEN_EVENT, handle);
  return () => document.removeEventListener(OPEN_EVENT, handle);
}

/** Whether a key asked for the search before the app listened; asking clears the request. */
export function takeEarlyRequest(): boolean {
  const root = document.documentElement;
  if (!root.hasAttribute(SEARCH_REQUESTED_ATTRIBUTE)) return false;
  root.removeAttribute(SEARCH_REQUESTED_ATTRIBUTE);
  return true;
}
