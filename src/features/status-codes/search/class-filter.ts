/* The class filter on its own, so the page can read and show it without loading the search code. */

export const CLASS_FILTERS = ['all', '2xx', '4xx', '5xx'] as const;
export type ClassFilter = (typeof CLASS_FILTERS)[number];

/** Unknown or malformed values (including full-width "５xx" typed by an IME, which is accepted) fall back to 'all'. */
export function parseClassFilter(value: string | null | undefined): ClassFilter {
  const v = typeof value === 'string' ? value.normalize('NFKC').trim().toLowerCase() : '';
  return (CLASS_FILTERS as readonly string[]).includes(v) ? (v as ClassFilter) : 'all';
}
