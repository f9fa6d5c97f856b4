import type { Lang } from './languages';

/*
 * Every in-app URL is built here. Paths are relative to the deploy base (the router adds it);
 * `withBase` is for the few places that write raw hrefs outside the router (head tags, redirects).
 */
export const paths = {
  index: (lang: Lang) => `/${lang}/`,
  codeDetail: (lang: Lang, code: number) => `/${lang}/codes/${String(code)}`,
  /** Anchor of a code's row in the index tables, so "back to the table" lands on the row. */
  codeRow: (lang: Lang, code: number) => `/${lang}/#code-${String(code)}`,
  rowId: (code: number) => `code-${String(code)}`,
  /** The embed views: tables and one-code cards without the site's header and footer. */
  embedIndex: (lang: Lang) => `/${lang}/embed`,
  embedCode: (lang: Lang, code: number) => `/${lang}/embed/codes/${String(code)}`,
  /** How to embed the reference in another site. */
  embedding: (lang: Lang) => `/${lang}/embedding`,
  embedScript: () => '/embed.js',
} as const;

/** Deploy base without trailing slash ("" at the root), from Vite's `base`. */
export const BASE = import.meta.env.BASE_URL.replace(/\/$/, '');

export const withBase = (path: string) => `${BASE}${path}`;

/** Removes the deploy base from a pathname; pathnames outside the base are returned unchanged. */
export function stripBase(pathname: string): string {
  if (BASE && (pathname === BASE || pathname.startsWith(`${BASE}/`))) return pathname.slice(BASE.length) || '/';
  return pathname;
}

/**
 * The same page in another language: swaps the language segment and keeps the rest of the path.
 * Paths without a known language segment (the root, unknown languages) go to that language's index.
 */
export function switchLanguagePath(path: string, to: Lang, isKnownLang: (s: string) => boolean): string {
  const segments = path.split('/');
  const first = segments[1];
  if (first === undefined || !isKnownLang(first)) return paths.index(to);
  segments[1] = to;
  return segments.join('/') || paths.index(to);
}
