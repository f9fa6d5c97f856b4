import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import type { StatusCodeData } from '../../src/features/status-codes/data/status-codes';
import { formatDiff, formatSummary, hasDifferences } from './format-report';
import { ImportError } from './import-error';
import { mergeDocument } from './merge';
import { parseDocument } from './parse-document';

const DEFAULT_DATA = fileURLToPath(new URL('../../src/features/status-codes/data/status-codes.json', import.meta.url));
const USAGE = 'usage: npm run import -- <document> [--check] [--data <status-codes.json>]';

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}
const consoleIo: Io = { out: (l) => console.log(l), err: (l) => console.error(l) };
const shown = (file: string): string => {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') ? relative : file;
};

function readDocument(file: string): string {
  if (!existsSync(file)) throw new ImportError(file, 'no such file');
  if (statSync(file).isDirectory()) throw new ImportError(file, 'is a directory, not a document');
  return readFileSync(file, 'utf8');
}

function readData(file: string): StatusCodeData {
  let data: Partial<StatusCodeData>;
  try {
    data = JSON.parse(readFileSync(file, 'utf8')) as Partial<StatusCodeData>;
  } catch (e) {
    throw new ImportError(shown(file), `cannot read the data module: ${(e as Error).message}`);
  }
  if (!Array.isArray(data.codes) || !Array.isArray(data.tables))
    throw new ImportError(shown(file), 'no codes/tables arrays');
  return data as StatusCodeData;
}

// The repo runs prettier over JSON; writing its layout keeps an import's diff to the changed fields only.
async function formatLikeTheRepo(data: StatusCodeData, file: string): Promise<string> {
  return format(JSON.stringify(data, null, 2), { ...(await resolveConfig(file)), filepath: file });
}

// Same directory, so the rename is atomic: a reader (or a crash) never sees half a file.
function writeAtomically(file: string, text: string): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${String(process.pid)}.tmp`);
  try {
    writeFileSync(temp, text);
    renameSync(temp, file);
  } finally {
    rmSync(temp, { force: true });
  }
}

class UsageError extends Error {}

function readArgs(argv: string[]): { documentPath: string; dataPath: string; check: boolean } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { check: { type: 'boolean', default: false }, data: { type: 'string' } },
      allowPositionals: true,
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const [documentPath, ...extra] = parsed.positionals;
  if (!documentPath) throw new UsageError('no document given');
  if (extra.length) throw new UsageError(`unexpected arguments: ${extra.join(' ')}`);
  return { documentPath, dataPath: path.resolve(parsed.values.data ?? DEFAULT_DATA), check: parsed.values.check };
}

/** Runs the importer; returns the exit status instead of exiting so tests can call it in-process. */
export async function run(argv: string[], io: Io = consoleIo): Promise<number> {
  try {
    const { documentPath, dataPath, check } = readArgs(argv);
    const tables = parseDocument(readDocument(documentPath), documentPath);
    const { data, report } = mergeDocument(readData(dataPath), tables);
    io.out(formatSummary(report, documentPath));
    if (check) {
      if (!hasDifferences(report)) {
        io.out(`import: ${shown(dataPath)} matches ${documentPath}`);
        return 0;
      }
      formatDiff(report, shown(dataPath), documentPath).forEach(io.out);
      io.err(`import: ${shown(dataPath)} differs from ${documentPath}; run \`npm run import -- ${documentPath}\``);
      return 1;
    }
    // Untouched when nothing changed, so a no-op import never races a concurrent hand edit.
    if (report.changes.length || report.added.length) {
      writeAtomically(dataPath, await formatLikeTheRepo(data, dataPath));
    }
    if (report.missing.length) {
      io.err(
        `import: warning: ${report.missing.join(', ')} no longer in ${documentPath}; kept in ${shown(dataPath)} for review`,
      );
    }
    return 0;
  } catch (e) {
    if (e instanceof ImportError) io.err(`import: error: ${e.message}`);
    else if (e instanceof UsageError) io.err(`import: error: ${e.message} (${USAGE})`);
    else throw e;
    return 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await run(process.argv.slice(2));
}
