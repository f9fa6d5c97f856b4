import type {
  ActionKind,
  RetryPolicy,
  StatusCodeData,
  StatusCodeEntry,
  TableDefinition,
  TableId,
} from '../../../src/features/status-codes/data/status-codes';
import type { ParsedRow, ParsedTable } from './parse-document';

/** One seed-derived field that differs; `where` is "code 400", "table error" or "codes". */
export interface Change {
  where: string;
  field: string;
  before: string;
  after: string;
}
export interface MergeReport {
  read: number;
  changes: Change[];
  added: number[];
  missing: number[];
}
type Note = (where: string, field: string, before: string, after: string) => void;

// RFC 9110 §15.1: the codes a cache may store without explicit freshness information.
const HEURISTICALLY_CACHEABLE = new Set([200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 501]);
const url = (code: number): string => `https://www.rfc-editor.org/rfc/rfc9110#status.${String(code)}`;

// A placeholder only: the empty texts beside it keep the entry failing validation until someone writes it.
function defaultAction(code: number): { kind: ActionKind; retry: RetryPolicy } {
  if (code < 300) return { kind: 'none', retry: 'not-needed' };
  if (code >= 500) return { kind: 'retry-later', retry: 'idempotent-with-backoff' };
  return { kind: 'fix-request', retry: 'after-fix' };
}

/** A code new upstream: hand-written fields are left empty so the data contract names each one. */
function newEntry(table: TableId, row: ParsedRow): StatusCodeEntry {
  const blank = (): { zh: string; en: string } => ({ zh: '', en: '' });
  return {
    code: row.code,
    table,
    reasonPhrase: row.reasonPhrase,
    description: { zh: row.description, en: '' },
    meaning: blank(),
    action: { ...defaultAction(row.code), text: blank() },
    rfc: { section: '', url: url(row.code) },
    cacheableByDefault: HEURISTICALLY_CACHEABLE.has(row.code),
    // No example bodies: an entry may have none, and any it gets must come from a source, not a template.
    related: [],
  };
}

const notInSource = (e: StatusCodeEntry): boolean => e.inSource === false;

function mergeEntry(old: StatusCodeEntry, table: TableId, row: ParsedRow, note: Note): StatusCodeEntry {
  const where = `code ${String(row.code)}`;
  note(where, 'table', old.table, table);
  note(where, 'reasonPhrase', old.reasonPhrase, row.reasonPhrase);
  note(where, 'description.zh', old.description.zh, row.description);
  return { ...old, table, reasonPhrase: row.reasonPhrase, description: { ...old.description, zh: row.description } };
}

function mergeTable(old: TableDefinition | undefined, parsed: ParsedTable, note: Note): TableDefinition {
  const where = `table ${parsed.id}`;
  note(where, 'caption.zh', old?.caption.zh ?? '', parsed.caption);
  note(where, 'columns', old?.columns.map((c) => c.key).join(', ') ?? '', parsed.columns.map((c) => c.key).join(', '));
  const columns = parsed.columns.map(({ key, label }) => {
    const before = old?.columns.find((c) => c.key === key);
    if (before) note(where, `columns.${key}.label.zh`, before.label.zh, label);
    return { ...before, key, label: { zh: label, en: before?.label.en ?? '' } };
  });
  return { ...old, id: parsed.id, caption: { zh: parsed.caption, en: old?.caption.en ?? '' }, columns };
}

// A code gone upstream stays right after its old predecessor: removal is a reviewed edit, never a side effect.
function keepVanished(merged: StatusCodeEntry[], old: StatusCodeEntry[], read: Set<number>): StatusCodeEntry[] {
  const out = [...merged];
  old.forEach((entry, i) => {
    if (read.has(entry.code)) return;
    const previous = old
      .slice(0, i)
      .reverse()
      .find((p) => out.some((e) => e.code === p.code));
    out.splice(previous ? out.findIndex((e) => e.code === previous.code) + 1 : 0, 0, entry);
  });
  return out;
}

/** Updates the seed-derived fields of `existing` from the parsed tables; everything else is carried over. */
export function mergeDocument(
  existing: StatusCodeData,
  tables: ParsedTable[],
): { data: StatusCodeData; report: MergeReport } {
  const changes: Change[] = [];
  const note: Note = (where, field, before, after) => {
    if (before !== after) changes.push({ where, field, before, after });
  };
  const byCode = new Map(existing.codes.map((e) => [e.code, e]));
  const added: number[] = [];
  const merged = tables.flatMap((t) =>
    t.rows.map((row) => {
      const old = byCode.get(row.code);
      if (old) return mergeEntry(old, t.id, row, note);
      added.push(row.code);
      return newEntry(t.id, row);
    }),
  );
  const read = new Set(merged.map((e) => e.code));
  const kept = (codes: number[]): string => codes.filter((c) => read.has(c) && byCode.has(c)).join(', ');
  note('tables', 'order', existing.tables.map((t) => t.id).join(', '), tables.map((t) => t.id).join(', '));
  note('codes', 'order', kept(existing.codes.map((e) => e.code)), kept(merged.map((e) => e.code)));
  const data: StatusCodeData = {
    ...existing,
    tables: tables.map((t) =>
      mergeTable(
        existing.tables.find((old) => old.id === t.id),
        t,
        note,
      ),
    ),
    codes: keepVanished(merged, existing.codes, read),
  };
  // Entries the source page does not list (inSource: false) stay in place like vanished ones, but are ours, not missing.
  const missing = existing.codes.filter((e) => !read.has(e.code) && !notInSource(e)).map((e) => e.code);
  return { data, report: { read: merged.length, changes, added, missing } };
}
