/*
 * What the embed loader (a script on a portal's page) and the embed views (pages in its frames) must
 * agree on. Both are built from this file, so the two sides cannot drift apart.
 */

/** The one message an embed sends its host: its content height. */
export const HEIGHT_MESSAGE = 'vpc-status-codes:height';

/** The placeholder a portal writes, and the attributes it may set on it. */
export const PLACEHOLDER_ATTRIBUTE = 'data-vpc-status-codes';
export const MOUNTED_ATTRIBUTE = 'data-vpc-status-codes-mounted';
export const OPTION_ATTRIBUTES = {
  lang: 'data-lang',
  code: 'data-code',
  query: 'data-query',
  classFilter: 'data-class',
  theme: 'data-theme',
} as const;

/** Asks an already loaded loader to look for placeholders added since. */
export const SCAN_EVENT = 'vpc-status-codes:scan';

export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** "light" or "dark" when the value forces one; anything else follows the reader's system. */
export const forcedTheme = (value: string | null | undefined): Exclude<Theme, 'auto'> | null =>
  value === 'light' || value === 'dark' ? value : null;
