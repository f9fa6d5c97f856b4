import { statusCodes } from './access';
import type { StatusClass } from './status-class';

/** "418", "４１８", "41", "4xx": the range of codes a code-like query names, or null. */
function codeRange(query: string): { lo: number; hi: number } | null {
  const match = /^(\d{1,3})x*$/.exec(query.normalize('NFKC').trim().toLowerCase());
  if (!match || match[0].length > 3) return null;
  const prefix = match[1]!;
  const scale = 10 ** (3 - prefix.length);
  return { lo: Number(prefix) * scale, hi: Number(prefix) * scale + scale - 1 };
}

/**
 * For a query that looks like a code but matched nothing: the n documented codes closest to it,
 * nearest first, ties by lower code. [] for anything else.
 */
export function nearestDocumentedCodes(query: string, classFilter: StatusClass | 'all' = 'all', n = 3): number[] {
  const range = codeRange(query);
  if (!range) return [];
  const distance = (c: number) => (c < range.lo ? range.lo - c : c > range.hi ? c - range.hi : 0);
  return statusCodes
    .map((e) => e.code)
    .filter((c) => classFilter === 'all' || Math.floor(c / 100) === Number(classFilter[0]))
    .sort((a, b) => distance(a) - distance(b) || a - b)
    .slice(0, n);
}
