import { fileURLToPath } from 'node:url';
import { validateErrorCodeData } from '../../../src/features/error-codes/data/validate';
import type { ErrorCodeData } from '../../../src/features/error-codes/data/error-codes.schema';
import { DataContractError } from '../../../src/lib/schema-error-text';
import { readDocument, readJson, shown } from '../files';
import { ImportError } from '../import-error';
import type { ImportPlan, ImportRequest } from '../import-plan';
import { findEarlierRevision, withEarlierMessages, type RowWithEarlier } from './earlier';
import { formatDiff, formatSummary, hasDifferences } from './format-report';
import { mergeErrorCodes } from './merge';
import { oneRowPerMessage, parseErrorCodePage } from './parse-page';

export const ERROR_CODE_DATA = fileURLToPath(
  new URL('../../../src/features/error-codes/data/error-codes.json', import.meta.url),
);

// Draft: our texts may still be empty, but the shape, the facts and the cross-references must hold.
export function checked(data: unknown, file: string, what: string): ErrorCodeData {
  try {
    return validateErrorCodeData(data, { draft: true });
  } catch (e) {
    if (!(e instanceof DataContractError)) throw e;
    throw new ImportError(shown(file), `${what}: ${e.message.replace(/^error-codes\.json: /, '')}`);
  }
}

/** The page's rows with earlier wordings from `earlierPath`, or from a dated sibling of the page. */
export function readErrorCodeRows(
  pagePath: string,
  earlierPath?: string,
): { rows: RowWithEarlier[]; earlier?: string } {
  const rows = oneRowPerMessage(parseErrorCodePage(readDocument(pagePath), pagePath));
  const earlier = earlierPath ?? findEarlierRevision(pagePath);
  if (earlier === undefined) return { rows };
  const earlierRows = oneRowPerMessage(parseErrorCodePage(readDocument(earlier), earlier));
  return { rows: withEarlierMessages(rows, earlierRows, pagePath, earlier), earlier };
}

/** Compares the upstream error-code page (reStructuredText) with error-codes.json. */
export function planErrorCodes({ documentPath, dataPath, earlierPath }: ImportRequest): ImportPlan {
  const { rows, earlier } = readErrorCodeRows(documentPath, earlierPath);
  const existing = checked(readJson(dataPath), dataPath, 'the data module is invalid');
  const { data, report } = mergeErrorCodes(existing, rows);
  checked(data, dataPath, 'the merged data would be invalid');
  const warnings = [];
  if (report.missing.length) {
    warnings.push(`${report.missing.join(', ')} no longer in ${documentPath}; kept in ${shown(dataPath)} for review`);
  }
  if (report.missingOperations.length) {
    const names = report.missingOperations.map((o) => JSON.stringify(o)).join(', ');
    warnings.push(`operations ${names} no longer in ${documentPath}; kept in ${shown(dataPath)} for review`);
  }
  return {
    summary: formatSummary(report, documentPath, earlier),
    differences: hasDifferences(report) ? formatDiff(report, shown(dataPath), documentPath) : [],
    data,
    changed: report.changes.length + report.added.length > 0,
    warnings,
  };
}
