import { baseWithoutSlash, joinBase, stripBasePath } from './base-path';
import type { Lang } from './languages';
import { urlPattern } from './url-pattern';

/*
 * The public URL contract. Every URL shape is written once here, and every in-app link is built from
 * it. Paths are relative to the deploy base (the router adds it); `withBase` is for the few places
 * that write raw hrefs outside the router.
 */
export const patterns = {
  /** The site root: the default language's index, or a redirect to the visitor's language. */
  root: urlPattern('/'),
  index: urlPattern('/:lang/'),
  code: urlPattern('/:lang/codes/:code'),
  /** How to embed the reference in another site. */
  embedding: urlPattern('/:lang/embedding'),
  /** The embed views: tables and one-code cards without the site's header and footer. */
  embedIndex: urlPattern('/:lang/embed'),
  embedCode: urlPattern('/:lang/embed/codes/:code'),
  embedError: urlPattern('/:lang/embed/errors/:code'),
  embedAny: urlPattern('/:lang/embed/*'),
  /** The API's own error codes (VPC.0114): the catalogue and one page per code. */
  errorsIndex: urlPattern('/:lang/errors/'),
  errorCode: urlPattern('/:lang/errors/:code'),
  /** Where the data comes from, its revisions and licences. */
  about: urlPattern('/:lang/about'),
  any: urlPattern('/*'),
} as const;

/** Scripts served under fixed names beside the pages (portals link to /embed.js directly). */
export const scripts = {
  embedLoader: '/embed.js',
  langRedirect: '/lang-redirect.js',
  embedTheme: '/embed-theme.js',
} as const;

export const paths = {
  index: (lang: Lang) => patterns.index.build({ lang }),
  codeDetail: (lang: Lang, code: number) => patterns.code.build({ lang, code: String(code) }),
  /** Anchor of a code's row in the index tables, so "back to the table" lands on the row. */
  codeRow: (lang: Lang, code: number) => `${paths.index(lang)}#${paths.rowId(code)}`,
  rowId: (code: number) => `code-${String(code)}`,
  embedIndex: (lang: Lang) => patterns.embedIndex.build({ lang }),
  embedCode: (lang: Lang, code: number) => patterns.embedCode.build({ lang, code: String(code) }),
  embedding: (lang: Lang) => patterns.embedding.build({ lang }),
  embedScript: () => scripts.embedLoader,
  errorsIndex: (lang: Lang) => patterns.errorsIndex.build({ lang }),
  errorCode: (lang: Lang, code: string) => patterns.errorCode.build({ lang, code }),
  /** Anchor of an error code's row in the catalogue. */
  errorRow: (lang: Lang, code: string) => `${paths.errorsIndex(lang)}#${paths.errorRowId(code)}`,
  errorRowId: (code: string) => `error-${code.replace('.', '-')}`,
  embedError: (lang: Lang, code: string) => patterns.embedError.build({ lang, code }),
  about: (lang: Lang) => patterns.about.build({ lang }),
  /** One API gateway error code (APIGW.0308) and one Neutron error type (SubnetInUse), on their catalogues' pages. */
  gatewayCode: (lang: Lang, code: string) => `/${lang}/gateway/${encodeURIComponent(code)}`,
  neutronError: (lang: Lang, type: string) => `/${lang}/neutron/${encodeURIComponent(type)}`,
} as const;

/*
 * Outside a Vite build (Node tools, tests) there is no import.meta.env: the site is then at the root.
 * Inside one, Vite replaces BASE_URL with the configured base.
 */
const configuredBase: string = import.meta.env === undefined ? '/' : import.meta.env.BASE_URL;

/** Deploy base without trailing slash ("" at the root). */
export const BASE = baseWithoutSlash(configuredBase);

export const withBase = (path: string) => joinBase(BASE, path);

/** Removes the deploy base from a pathname; pathnames outside the base are returned unchanged. */
export const stripBase = (pathname: string) => stripBasePath(BASE, pathname);

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
