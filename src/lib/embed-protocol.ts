/*
 * What the embed loader (a script on a portal's page) and the embed views (pages in its frames) must
 * agree on. Both are built from this file, so the two sides cannot drift apart.
 */

import { formatVpcCode, vpcCodeNumber } from './vpc-code';

/** The one message an embed sends its host: its content height. */
export const HEIGHT_MESSAGE = 'vpc-status-codes:height';

/**
 * The one message a host's loader sends an embed: the placeholder's data-theme changed, so the frame
 * restyles without reloading. `{ type: THEME_MESSAGE, theme: 'auto' | 'light' | 'dark' }`, sent to the
 * frame's exact origin; the frame accepts it from its parent window only (see `themeFrom`).
 */
export const THEME_MESSAGE = 'vpc-status-codes:theme';

/** The placeholder a portal writes, and the attributes it may set on it. */
export const PLACEHOLDER_ATTRIBUTE = 'data-vpc-status-codes';
export const MOUNTED_ATTRIBUTE = 'data-vpc-status-codes-mounted';
export const OPTION_ATTRIBUTES = {
  lang: 'data-lang',
  code: 'data-code',
  query: 'data-query',
  classFilter: 'data-class',
  theme: 'data-theme',
  /** An error code (VPC.0114) as a card; wins over `code`. */
  errorCode: 'data-error',
} as const;

/**
 * Asks an already loaded loader to look for placeholders added since. Kept for portals written
 * before the loader watched the page: it finds added, removed and changed placeholders by itself.
 */
export const SCAN_EVENT = 'vpc-status-codes:scan';

export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** "light" or "dark" when the value forces one; anything else follows the reader's system. */
export const forcedTheme = (value: string | null | undefined): Exclude<Theme, 'auto'> | null =>
  value === 'light' || value === 'dark' ? value : null;

/** An error code as a placeholder may write it ("vpc.0114", as a reader may type it), in its documented spelling, or null. */
export const errorCodeOption = (value: string | null | undefined): string | null => {
  const number = vpcCodeNumber(value ?? '');
  return number === null ? null : formatVpcCode(number);
};

/**
 * A theme message an embed accepts: sent by the window that framed it, in exactly the documented
 * shape. Anything else (another frame, the page itself, extra fields, unknown themes) is null.
 */
export function themeFrom(event: MessageEvent, parent: Window): Theme | null {
  if (event.source !== parent || parent === window) return null;
  const data: unknown = event.data;
  if (typeof data !== 'object' || data === null || Object.keys(data).length !== 2) return null;
  const { type, theme } = data as { type?: unknown; theme?: unknown };
  return type === THEME_MESSAGE && THEMES.some((known) => known === theme) ? (theme as Theme) : null;
}
