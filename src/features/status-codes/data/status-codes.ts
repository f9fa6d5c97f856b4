import raw from './status-codes.json' with { type: 'json' };
// Relative, not '@/': the build's data plugin loads this module from vite.config.ts, outside Vite's aliases.
import { LANGUAGES, type Lang, type Localized } from '../../../lib/languages';

/*
 * The single source of content. The JSON is validated when this module loads, so a broken entry
 * fails the build (prerender imports it) and the data-contract test with a message naming the
 * code and the field, instead of rendering a half-empty page.
 */

export const TABLE_IDS = ['success', 'error'] as const;
export type TableId = (typeof TABLE_IDS)[number];

export const ACTIONS = [
  'none',
  'fix-request',
  'reauthenticate',
  'check-permissions',
  'check-resource',
  'retry-later',
  'report',
] as const;
export type ActionKind = (typeof ACTIONS)[number];

export const RETRY_POLICIES = ['not-needed', 'do-not-retry', 'after-fix', 'idempotent-with-backoff'] as const;
export type RetryPolicy = (typeof RETRY_POLICIES)[number];

export interface ErrorExamples {
  /** The VPC API's own error shape. */
  vpc: { code: string; message: string };
  /** The OpenStack Neutron-compatible error shape. */
  neutron: { NeutronError: { type: string; message: string; detail: string } };
}

export interface StatusCodeEntry {
  code: number;
  table: TableId;
  /** From the source document: the 类型 column (success) or the text after the code (errors). */
  reasonPhrase: string;
  /** `zh` is the source document's 说明 cell, verbatim. */
  description: Localized;
  meaning: Localized;
  action: { kind: ActionKind; retry: RetryPolicy; text: Localized };
  rfc: { section: string; url: string };
  /** Heuristically cacheable by default, RFC 9110 §15.1. */
  cacheableByDefault: boolean;
  examples?: ErrorExamples;
  related: number[];
}

export interface TableDefinition {
  id: TableId;
  /** `zh` is the source document's caption, verbatim. */
  caption: Localized;
  /** Column headings; `zh` verbatim from the source. */
  columns: { key: 'code' | 'type' | 'description'; label: Localized }[];
}

export interface StatusCodeData {
  schemaVersion: number;
  tables: TableDefinition[];
  codes: StatusCodeEntry[];
}

export class DataContractError extends Error {}

type Check = (ok: boolean, where: string, field: string, why: string) => void;

const check: Check = (ok, where, field, why) => {
  if (!ok) throw new DataContractError(`status-codes.json: ${where}, field "${field}": ${why}`);
};

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

function checkLocalized(value: unknown, where: string, field: string): void {
  check(typeof value === 'object' && value !== null, where, field, 'must be an object with zh and en');
  const record = value as Record<string, unknown>;
  for (const lang of LANGUAGES) check(isText(record[lang]), where, `${field}.${lang}`, 'missing or empty');
}

function checkEntry(e: StatusCodeEntry, codes: Set<number>): void {
  const where = `code ${String(e.code)}`;
  check(Number.isInteger(e.code) && e.code >= 100 && e.code <= 599, where, 'code', 'must be an integer 100–599');
  check((TABLE_IDS as readonly string[]).includes(e.table), where, 'table', `must be one of ${TABLE_IDS.join(', ')}`);
  check(isText(e.reasonPhrase), where, 'reasonPhrase', 'missing or empty');
  checkLocalized(e.description, where, 'description');
  checkLocalized(e.meaning, where, 'meaning');
  check(
    (ACTIONS as readonly string[]).includes(e.action?.kind),
    where,
    'action.kind',
    `must be one of ${ACTIONS.join(', ')}`,
  );
  check((RETRY_POLICIES as readonly string[]).includes(e.action?.retry), where, 'action.retry', 'unknown policy');
  checkLocalized(e.action?.text, where, 'action.text');
  check(
    e.rfc?.url === `https://www.rfc-editor.org/rfc/rfc9110#status.${String(e.code)}`,
    where,
    'rfc.url',
    'must be the RFC 9110 status anchor for this code',
  );
  check(/^15\.\d+\.\d+$/.test(e.rfc?.section ?? ''), where, 'rfc.section', 'must look like 15.5.5');
  check(typeof e.cacheableByDefault === 'boolean', where, 'cacheableByDefault', 'must be a boolean');
  if (e.table === 'error') {
    check(isText(e.examples?.vpc.code) && isText(e.examples?.vpc.message), where, 'examples.vpc', 'missing');
    check(isText(e.examples?.neutron.NeutronError.type), where, 'examples.neutron', 'missing');
  }
  check(Array.isArray(e.related), where, 'related', 'must be an array');
  for (const r of e.related)
    check(codes.has(r) && r !== e.code, where, 'related', `${String(r)} is not another known code`);
}

export function validateStatusCodeData(data: unknown): StatusCodeData {
  const d = data as StatusCodeData;
  check(Number.isInteger(d?.schemaVersion), 'root', 'schemaVersion', 'must be an integer');
  check(Array.isArray(d?.tables) && Array.isArray(d?.codes), 'root', 'tables/codes', 'must be arrays');
  for (const t of d.tables) {
    checkLocalized(t.caption, `table ${t.id}`, 'caption');
    for (const c of t.columns) checkLocalized(c.label, `table ${t.id}`, `columns.${c.key}`);
  }
  const codes = new Set<number>();
  for (const e of d.codes) {
    check(!codes.has(e.code), `code ${String(e.code)}`, 'code', 'duplicate code');
    codes.add(e.code);
  }
  for (const e of d.codes) checkEntry(e, codes);
  return d;
}

export const statusCodeData: StatusCodeData = validateStatusCodeData(raw);

/*
 * What pages ship: the index needs every code's core fields (both languages, for search), a code's
 * page also needs its guidance, in one language. The build splits the data along these lines
 * (see scripts/vite-plugin-status-codes.ts), so no page downloads text it cannot show.
 */
export type StatusCode = Pick<StatusCodeEntry, 'code' | 'table' | 'reasonPhrase' | 'description'>;
export interface StatusCodeCoreData {
  schemaVersion: number;
  tables: TableDefinition[];
  codes: StatusCode[];
}
export interface CodeDetails extends Pick<StatusCodeEntry, 'rfc' | 'cacheableByDefault' | 'related' | 'examples'> {
  meaning: string;
  action: string;
  retry: RetryPolicy;
}
export type DetailsByCode = Record<number, CodeDetails>;

export function coreOf(data: StatusCodeData): StatusCodeCoreData {
  return {
    schemaVersion: data.schemaVersion,
    tables: data.tables,
    codes: data.codes.map((e) => ({
      code: e.code,
      table: e.table,
      reasonPhrase: e.reasonPhrase,
      description: e.description,
    })),
  };
}

export function detailsOf(data: StatusCodeData, lang: Lang): DetailsByCode {
  return Object.fromEntries(
    data.codes.map((e) => [
      e.code,
      {
        meaning: e.meaning[lang],
        action: e.action.text[lang],
        retry: e.action.retry,
        rfc: e.rfc,
        cacheableByDefault: e.cacheableByDefault,
        related: e.related,
        ...(e.examples ? { examples: e.examples } : {}),
      },
    ]),
  );
}
export const statusCodes: readonly StatusCodeEntry[] = statusCodeData.codes;

export { classOf, type StatusClass } from './status-class';

export type { Lang };
