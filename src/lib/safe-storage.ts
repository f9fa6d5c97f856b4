/*
 * Storage can be blocked (privacy modes, sandboxed iframes, cookie settings): any access may throw.
 * Preferences are a convenience, so failures are swallowed and the site keeps working without them.
 */
export function writePreference(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Blocked storage: the choice still applies to this page through the URL.
  }
}

export const LANG_PREFERENCE_KEY = 'vpc-status-codes.lang';

/** The stored value, or null when there is none or storage is blocked. */
export function readPreference(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}
