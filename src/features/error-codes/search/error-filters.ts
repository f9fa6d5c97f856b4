import type { SearchIndex } from '@/lib/search-index';
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

/** Whether an entry passes the status and area filters (the query aside). */
function passesFilters(entry: ErrorIndexEntry, filters: ErrorFilters): boolean {
  return (
    (filters.status === null || entry.statuses.some((s) => s === filters.status)) &&
    (filters.area === null || entry.area === filters.area)
  );
}

export interface FilteredCodes {
  rows: ErrorIndexEntry[];
  /** Codes that match the query but the status or area filter hides. */
  hidden: number;
}

/**
 * The codes the catalogue shows: those passing the filters and, when there is a query, found by the
 * site's search in any of our text (titles, guidance, operations, the literal messages, either
 * language). A query naming codes (0114, vpc.02) lists those codes only, not every text that mentions them.
 */
export function filterErrorCodes(index: ErrorIndex, filters: ErrorFilters, search: SearchIndex | null): FilteredCodes {
  if (!search || filters.query.trim() === '') {
    return { rows: index.codes.filter((entry) => passesFilters(entry, filters)), hidden: 0 };
  }
  const byCode = new Map(index.codes.map((entry) => [entry.code, entry]));
  const result = search.search(filters.query, {
    filter: (doc) => {
      const entry = byCode.get(doc.code);
      return entry !== undefined && passesFilters(entry, filters);
    },
  });
  const byCodeQuery = result.hits.filter((hit) => hit.tier === 'code');
  const hits = byCodeQuery.length ? byCodeQuery : result.hits;
  return { rows: hits.flatMap((hit) => byCode.get(hit.doc.code) ?? []), hidden: result.hiddenByFilter };
}
