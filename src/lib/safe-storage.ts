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
