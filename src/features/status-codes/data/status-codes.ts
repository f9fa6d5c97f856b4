import type { FromSchema } from 'json-schema-to-ts';
import raw from './status-codes.json' with { type: 'json' };
import type { statusCodesSchema } from './status-codes.schema';

/*
 * The single source of content, with its types derived from its schema. The data is validated
 * against that schema when the build or the dev server loads it (scripts/vite-plugin-data.ts)
 * and in the data-contract test, so no validation code ships to browsers. Browser code reads the
 * data through access.ts and load.ts, which get only the fields a page shows.
 */
export type StatusCodeData = FromSchema<typeof statusCodesSchema>;
export type StatusCodeEntry = StatusCodeData['codes'][number];
export type TableDefinition = StatusCodeData['tables'][number];
export type TableId = StatusCodeEntry['table'];
export type ActionKind = StatusCodeEntry['action']['kind'];
export type RetryPolicy = StatusCodeEntry['action']['retry'];
export type ErrorExamples = NonNullable<StatusCodeEntry['examples']>;
export type ErrorExample = ErrorExamples[number];
export type ExampleShape = ErrorExample['shape'];
export type Provenance = ErrorExample['provenance'];

export const statusCodeData = raw as StatusCodeData;
export const statusCodes: readonly StatusCodeEntry[] = statusCodeData.codes;

/*
 * What pages ship: the index needs every code's core fields (both languages, for search), a code's
 * page also needs its guidance, in one language (see split.ts).
 */
export type StatusCode = Pick<
  StatusCodeEntry,
  'code' | 'table' | 'reasonPhrase' | 'description' | 'inSource' | 'listedBy'
>;
export interface StatusCodeCoreData {
  schemaVersion: number;
  source?: StatusCodeData['source'];
  tables: TableDefinition[];
  codes: StatusCode[];
}
/** An example as a page shows it: its note in the page's language, without the source (kept in the data). */
type Shown<X> = X extends unknown ? Omit<X, 'source' | 'note'> & { note?: string } : never;
export type PageExample = Shown<ErrorExample>;
export interface CodeDetails extends Pick<StatusCodeEntry, 'rfc' | 'cacheableByDefault' | 'related'> {
  meaning: string;
  action: string;
  retry: RetryPolicy;
  examples?: PageExample[];
}
export type DetailsByCode = Record<number, CodeDetails>;

export { classOf, type StatusClass } from './status-class';
