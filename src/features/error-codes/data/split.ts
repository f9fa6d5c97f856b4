import type { Lang } from '@/lib/languages';
import type { ErrorCodeData, ErrorCodeEntry, Observation, RetryPolicy, Status } from './error-codes.schema';

/*
 * How the build cuts the error-code data into what pages download: one small index per language
 * (every code's title, area, statuses and operations: the catalogue, related links and the status
 * pages' lists) and one module per code and language (its guidance and every occurrence).
 */

export interface ErrorIndexEntry {
  code: string;
  title: string;
  area: string;
  /** Every status the code occurs with, ascending. */
  statuses: Status[];
  /** Indexes into `ErrorIndex.operations`, in upstream order. */
  operations: number[];
}

export interface ErrorIndex {
  areas: { id: string; label: string }[];
  /** Operation names in the index's language, in upstream order. */
  operations: string[];
  codes: ErrorIndexEntry[];
}

export interface ErrorOccurrence {
  /** Index into `ErrorIndex.operations`. */
  operation: number;
  statuses: Status[];
  /** As the API returns it: English in every language. */
  message: string;
  earlierMessage?: string;
}

export interface ErrorDetails {
  code: string;
  meaning: string;
  action: string;
  retry: RetryPolicy;
  /** Statuses whose advice differs from `retry`, ascending. */
  retryByStatus?: { status: number; retry: RetryPolicy }[];
  occurrences: ErrorOccurrence[];
  /** Responses seen in public reports with a status the API reference does not list for the code. */
  observed?: Observation[];
  /** Codes a reader of this one may need next: those sharing its operations, then its area. */
  related: string[];
}

const MAX_RELATED = 6;

const statusesOf = (e: ErrorCodeEntry): Status[] =>
  [...new Set(e.occurrences.flatMap((o) => o.statuses))].sort((a, b) => a - b);

export function errorIndexOf(data: ErrorCodeData, lang: Lang): ErrorIndex {
  const opIndex = new Map(data.operations.map((op, i) => [op.en, i]));
  return {
    areas: data.areas.map((a) => ({ id: a.id, label: a.label[lang] })),
    operations: data.operations.map((op) => op[lang]),
    codes: data.codes.map((e) => ({
      code: e.code,
      title: e.title[lang],
      area: e.area,
      statuses: statusesOf(e),
      operations: [...new Set(e.occurrences.map((o) => opIndex.get(o.operation)!))],
    })),
  };
}

function relatedOf(data: ErrorCodeData, entry: ErrorCodeEntry): string[] {
  const ops = new Set(entry.occurrences.map((o) => o.operation));
  return data.codes
    .filter((other) => other.code !== entry.code)
    .map((other) => ({
      code: other.code,
      shared: new Set(other.occurrences.map((o) => o.operation).filter((op) => ops.has(op))).size,
      sameArea: other.area === entry.area ? 1 : 0,
    }))
    .filter((c) => c.shared > 0 || c.sameArea > 0)
    .sort((a, b) => b.shared - a.shared || b.sameArea - a.sameArea || a.code.localeCompare(b.code))
    .slice(0, MAX_RELATED)
    .map((c) => c.code);
}

export function errorDetailsOf(data: ErrorCodeData, lang: Lang, code: string): ErrorDetails | undefined {
  const entry = data.codes.find((e) => e.code === code);
  if (!entry) return undefined;
  const opIndex = new Map(data.operations.map((op, i) => [op.en, i]));
  return {
    code: entry.code,
    meaning: entry.meaning[lang],
    action: entry.action[lang],
    retry: entry.retry,
    ...(entry.retryByStatus
      ? {
          retryByStatus: Object.entries(entry.retryByStatus)
            .map(([status, retry]) => ({ status: Number(status), retry }))
            .sort((a, b) => a.status - b.status),
        }
      : {}),
    ...(entry.observed ? { observed: entry.observed } : {}),
    occurrences: entry.occurrences.map((o) => ({
      operation: opIndex.get(o.operation)!,
      statuses: [...o.statuses],
      message: o.message,
      ...(o.earlierMessage ? { earlierMessage: o.earlierMessage } : {}),
    })),
    related: relatedOf(data, entry),
  };
}

/** What every page may need without loading any text: which codes exist, and where they come from. */
export const errorIdsOf = (data: ErrorCodeData) => ({
  source: data.source,
  areas: data.areas,
  codes: data.codes.map((e) => ({ code: e.code })),
});
