// The status-code data test and the end-to-end seed helper read the seed through this path.
export { parseDocument } from './status-codes/parse-document';
export type { ParsedRow, ParsedTable } from './status-codes/parse-document';
