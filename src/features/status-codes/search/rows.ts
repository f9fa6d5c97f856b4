import type { SearchHit } from '@/lib/search-index';
import { findEntry } from '../data/access';
import type { StatusCode } from '../data/status-codes';

/** The table cells a match can be highlighted in. */
export type RowField = 'code' | 'reasonPhrase' | 'description.zh' | 'description.en';

export interface Row {
  entry: StatusCode;
  /** [start, end) ranges into the cell's text (the code as a string for 'code'), sorted and disjoint. */
  highlights: { field: RowField; ranges: [number, number][] }[];
}

const CELL: Record<string, RowField | undefined> = {
  phrase: 'reasonPhrase',
  'description.zh': 'description.zh',
  'description.en': 'description.en',
};

/** The search's hits as table rows, in ranked order; matches in guidance text rank the row but mark no cell. */
export function rowsOf(hits: readonly SearchHit[]): Row[] {
  return hits.flatMap((hit) => {
    const entry = findEntry(hit.doc.num);
    if (!entry) return [];
    const highlights: Row['highlights'] = [];
    if (hit.tier === 'code') highlights.push({ field: 'code', ranges: [[0, String(entry.code).length]] });
    for (const h of hit.highlights) {
      const field = CELL[hit.doc.fields[h.field]?.name ?? ''];
      if (field) highlights.push({ field, ranges: h.ranges });
    }
    return [{ entry, highlights }];
  });
}
