/*
 * The deploy base ("/docs/vpc/status-codes/") is written many ways by the people who set it: with or
 * without slashes, doubled slashes. Everything that reads it (the build, the app, the servers, the
 * budget check) normalises it here, so they cannot disagree about where the site lives.
 */

/** "/docs/x", "docs/x/", "/docs//x/" → "/docs/x/"; empty or undefined → "/". */
export function normalizeBase(base: string | undefined): string {
  return `/${base ?? ''}/`.replace(/\/{2,}/g, '/');
}

/** A normalised base without its trailing slash: "" at the root, "/docs/x" otherwise. */
export const baseWithoutSlash = (base: string): string => normalizeBase(base).replace(/\/$/, '');

/** A base-relative path ("/en/codes/404") under the base ("/docs/x/" → "/docs/x/en/codes/404"). */
export const joinBase = (base: string, path: string): string => `${baseWithoutSlash(base)}${path}`;

/** Removes the base from a pathname; pathnames outside the base are returned unchanged. */
export function stripBasePath(base: string, pathname: string): string {
  const prefix = baseWithoutSlash(base);
  if (prefix && (pathname === prefix || pathname.startsWith(`${prefix}/`))) return pathname.slice(prefix.length) || '/';
  return pathname;
}

/** An absolute URL for a base-relative path, given the site's base as a URL ("https://x/docs/"). */
export const urlUnder = (siteBase: URL, path: string): URL => new URL(path.replace(/^\//, ''), siteBase);
