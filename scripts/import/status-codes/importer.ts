import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { StatusCodeData } from '../../../src/features/status-codes/data/status-codes';
import { readDocument, readJson, shown } from '../files';
import { ImportError } from '../import-error';
import type { ImportPlan, ImportRequest } from '../import-plan';
import { formatDiff, formatSummary, hasDifferences } from './format-report';
import { mergeDocument } from './merge';
import { parseDocument } from './parse-document';

export const STATUS_CODE_DATA = fileURLToPath(
  new URL('../../../src/features/status-codes/data/status-codes.json', import.meta.url),
);

function readData(file: string): StatusCodeData {
  const data = readJson(file) as Partial<StatusCodeData> | null;
  if (!Array.isArray(data?.codes) || !Array.isArray(data.tables)) {
    throw new ImportError(shown(file), 'no codes/tables arrays');
  }
  return data as StatusCodeData;
}

/** Compares the Chinese status-code document (HTML tables) with status-codes.json. */
export function planStatusCodes({ documentPath, dataPath }: ImportRequest): ImportPlan {
  const text = readDocument(documentPath);
  const tables = parseDocument(text, documentPath);
  const { data, report } = mergeDocument(readData(dataPath), tables);
  // The page publishes no revision: the hash of the copy imported says which one the data follows.
  const sha256 = createHash('sha256').update(text).digest('hex');
  const before = data.source?.sha256;
  if (data.source) data.source.sha256 = sha256;
  const copyChanged = data.source !== undefined && before !== sha256;
  const differences = hasDifferences(report) ? formatDiff(report, shown(dataPath), documentPath) : [];
  if (copyChanged) differences.push(`- source.sha256 ${String(before)}`, `+ source.sha256 ${sha256}`);
  return {
    summary: formatSummary(report, documentPath),
    differences,
    data,
    changed: report.changes.length + report.added.length > 0 || copyChanged,
    warnings: report.missing.length
      ? [`${report.missing.join(', ')} no longer in ${documentPath}; kept in ${shown(dataPath)} for review`]
      : [],
  };
}
