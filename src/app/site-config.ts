// Relative, not '@/': the build's Vite plugins (scripts/) load this file before the alias exists.
import { normalizeBase } from '../lib/base-path';

/*
 * The two deploy settings: BASE_PATH (where the site is served; Vite's `base`, see vite.config.ts)
 * and SITE_URL (its public absolute address, for canonical, Open Graph and sitemap URLs).
 */
export interface SiteConfig {
  /** Normalised: "/" or "/docs/x/". */
  base: string;
  /** Absolute, ending in "/". */
  siteUrl: string;
  siteUrlIsDefault: boolean;
}

export function siteConfig(env: Record<string, string | undefined>, base: string): SiteConfig {
  const normalized = normalizeBase(base);
  const siteUrl = (env.SITE_URL ?? `http://localhost:${env.PORT ?? '4173'}${normalized}`).replace(/\/?$/, '/');
  try {
    new URL(siteUrl);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL, got "${siteUrl}"`);
  }
  return { base: normalized, siteUrl, siteUrlIsDefault: env.SITE_URL === undefined };
}

/** A base-relative app path ("/en/codes/404") as an href under the deploy base. */
export const hrefFor = (config: SiteConfig, path: string) => `${config.base}${path.replace(/^\//, '')}`;

/** A base-relative app path as an absolute URL on the public site. */
export const absoluteUrl = (config: SiteConfig, path: string) => `${config.siteUrl}${path.replace(/^\//, '')}`;
