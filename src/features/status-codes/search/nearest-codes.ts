import type { ClassFilter } from './class-filter';
import type { SearchableEntry } from './fields';
import { classMatches, foldedQuery, parseCodeQuery } from './query';

/**
 * For a query that looks like a code ("418", "４１８", "41", "4xx") but matched nothing: the n
 * distinct codes closest to it, nearest first, ties by lower code. [] for anything else.
 */
export function nearestCodes(
  query: string,
  entries: readonly SearchableEntry[],
  n = 3,
  options?: { classFilter?: ClassFilter },
): number[] {
  const code = parseCodeQuery(foldedQuery(query));
  const count = Number.isFinite(n) ? Math.max(0, Math.floor(n)) : 0;
  if (!code || !count) return [];
  const { lo, hi } = code;
  const filter = options?.classFilter ?? 'all';
  const codes = [...new Set(entries.map((e) => e.code))].filter((c) => classMatches(filter, c));
  const distance = (c: number): number => (c < lo ? lo - c : c > hi ? c - hi : 0);
  return codes.sort((a, b) => distance(a) - distance(b) || a - b).slice(0, count);
}
