// The two documented deploy settings: BASE_PATH (where the site is served) and SITE_URL (its public
// absolute address, for canonical, Open Graph and sitemap URLs).

const withSlashes = (path) => `/${path}/`.replace(/\/{2,}/g, '/');

export function siteConfig(env = process.env) {
  const base = withSlashes(env.BASE_PATH ?? '/');
  const siteUrl = (env.SITE_URL ?? `http://localhost:4173${base}`).replace(/\/?$/, '/');
  try {
    new URL(siteUrl);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL, got "${siteUrl}"`);
  }
  return { base, siteUrl, siteUrlIsDefault: env.SITE_URL === undefined };
}

/** A base-relative app path ("/en/codes/404") as an href under the deploy base. */
export const hrefFor = (config, path) => `${config.base}${path.replace(/^\//, '')}`;

/** A base-relative app path as an absolute URL on the public site. */
export const absoluteUrl = (config, path) => `${config.siteUrl}${path.replace(/^\//, '')}`;
