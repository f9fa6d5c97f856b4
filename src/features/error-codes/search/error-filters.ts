import { errorCodeNumber } from '../data/access';
import type { ErrorIndex, ErrorIndexEntry } from '../data/split';

/*
 * The catalogue's filters as the URL carries them (?q=…&status=409&area=quota&sort=-status), read
 * defensively: anything unknown or malformed falls back to "all", never to an error.
 */

export const SORTABLE = ['code', 'status'] as const;
export type SortColumn = (typeof SORTABLE)[number];
export interface Sort {
  column: SortColumn;
  desc: boolean;
}

export interface ErrorFilters {
  query: string;
  /** null: every status. */
  status: number | null;
  /** null: every area. */
  area: string | null;
  sort: Sort;
}

export const DEFAULT_SORT: Sort = { column: 'code', desc: false };

const fold = (s: string) => s.normalize('NFKC').toLowerCase();

export function parseErrorFilters(params: URLSearchParams, index: Pick<ErrorIndex, 'areas' | 'codes'>): ErrorFilters {
  const statusText = fold(params.get('status') ?? '').trim();
  const status =
    /^\d{3}$/.test(statusText) && index.codes.some((e) => e.statuses.some((s) => String(s) === statusText));
  const area = params.get('area');
  const sortText = params.get('sort') ?? '';
  const column = SORTABLE.find((c) => c === sortText.replace(/^-/, ''));
  return {
    query: params.get('q') ?? '',
    status: status ? Number(statusText) : null,
    area: index.areas.some((a) => a.id === area) ? area : null,
    sort: column ? { column, desc: sortText.startsWith('-') } : DEFAULT_SORT,
  };
}

/** The URL parameters for a set of filters, leaving defaults out so plain URLs stay plain. */
export function filterParams(filters: ErrorFilters, base: URLSearchParams): URLSearchParams {
  const params = new URLSearchParams(base);
  const set = (name: string, value: string | null) => (value ? params.set(name, value) : params.delete(name));
  set('q', filters.query);
  set('status', filters.status === null ? null : String(filters.status));
  set('area', filters.area);
  const sorted = filters.sort.column !== DEFAULT_SORT.column || filters.sort.desc !== DEFAULT_SORT.desc;
  set('sort', sorted ? `${filters.sort.desc ? '-' : ''}${filters.sort.column}` : null);
  return params;
}

/**
 * Whether an entry matches every word of the query: a code in any spelling or its digits (0114,
 * vpc.01), else a piece of its code, title, area or operations.
 */
export function matchesQuery(
  entry: ErrorIndexEntry,
  query: string,
  index: Pick<ErrorIndex, 'areas' | 'operations'>,
): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const whole = errorCodeNumber(query);
  if (whole !== null) return Number(entry.code.slice(4)) === whole;
  const area = index.areas.find((a) => a.id === entry.area)?.label ?? '';
  const hay = fold(
    [entry.code, entry.title, area, ...entry.operations.map((i) => index.operations[i] ?? '')].join('\n'),
  );
  const digits = entry.code.slice(4);
  return words.every((word) => {
    const number = /^(?:vpc[._-]?)?(\d{1,4})$/.exec(word);
    return number ? digits.startsWith(number[1]!) || hay.includes(word) : hay.includes(word);
  });
}

export function filterErrorCodes(index: ErrorIndex, filters: ErrorFilters): ErrorIndexEntry[] {
  return index.codes.filter(
    (entry) =>
      (filters.status === null || entry.statuses.some((s) => s === filters.status)) &&
      (filters.area === null || entry.area === filters.area) &&
      matchesQuery(entry, filters.query, index),
  );
}
