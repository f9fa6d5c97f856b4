import { useSyncExternalStore } from 'react';

/*
 * A link the reader followed that could not be opened (offline): set by navigation, which runs
 * outside React, and shown by the notice in the app.
 */
let failed: string | null = null;
const listeners = new Set<() => void>();

export function setNavigationFailure(href: string | null) {
  if (failed === href) return;
  failed = href;
  listeners.forEach((listener) => listener());
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The address that could not be opened, or null. Always null in the prerendered page. */
export const useNavigationFailure = () =>
  useSyncExternalStore(
    subscribe,
    () => failed,
    () => null,
  );
