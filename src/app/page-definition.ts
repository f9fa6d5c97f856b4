import type { Section } from './layout';
import type { Lang } from '@/lib/languages';
import type { Preloadable } from '@/lib/preloadable';
import type { UrlPattern } from '@/lib/url-pattern';
import type { Translate } from '@/locales/translate';

/** What a page kind needs to be found, loaded, shown, described and built. */
export interface PageDefinition<P extends object, D = unknown> {
  /** The URL shape (src/lib/paths.ts). */
  pattern: UrlPattern;
  /**
   * The page's language and typed parameters from the URL's parts, or null when the URL names
   * something we do not have: the path then falls through to the next kind (in the end, not found).
   */
  parse(raw: Record<string, string>, pathname: string): { lang: Lang | null; params: P } | null;
  /** The page's own path: the inverse of `parse`. */
  path(lang: Lang, params: P): string;
  /**
   * The page's chunk; its component takes the parameters as props, and what `data()` loaded as
   * `data` (undefined for a kind without `data`, or a page in no language of ours).
   */
  component: Preloadable<P & { data: D }>;
  /**
   * What the page renders with, loaded with its chunk before it is shown (and before hydration),
   * and handed to `component` and `head` alike, on the server and in the browser.
   */
  data?(lang: Lang, params: P): Promise<D>;
  /** Title and description, in the page's language; `data` is what `data()` resolved to. */
  head(context: { t: Translate; lang: Lang | null; params: P; data: D | undefined }): {
    title: string;
    description: string;
  };
  /** Every parameter set the build writes a page for (none: only the generic not-found page). */
  prerender(): P[];
  /** Inside a portal's frame: `full` is the same content on the site, opened in a new tab. */
  embed?: { full(lang: Lang, params: P, search: URLSearchParams): string };
  /** Other spellings of its URL (vpc.0114) are replaced by the page's own path once the app runs. */
  canonical?: boolean;
  /** The site section the header marks as current. */
  section?: Section;
  /** Listed in the sitemap with its language versions; every other kind is `noindex`. */
  indexed: boolean;
  /** The build writes one page of this kind, in both languages, to 404.html for every unknown path. */
  generic?: P;
  /** Also served at the site root in the default language; a script there picks the visitor's language. */
  root?: boolean;
}

/** Keeps each entry's parameter type while the table stays one object. */
export const definePage = <P extends object, D = unknown>(page: PageDefinition<P, D>) => page;
