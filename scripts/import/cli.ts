import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ERROR_CODE_DATA, planErrorCodes } from './error-codes/importer';
import { formatLikeTheRepo, shown, writeAtomically } from './files';
import { ImportError } from './import-error';
import type { ImportPlan, ImportRequest } from './import-plan';
import { planStatusCodes, STATUS_CODE_DATA } from './status-codes/importer';

const USAGE = 'usage: npm run import -- <document> [--check] [--data <file.json>] [--earlier <file.rst>]';
const HELP = `${USAGE}

Updates a data module from its source document, or with --check only reports how they differ (exit 1).
  <document>.rst   the upstream "Error Codes" page -> src/features/error-codes/data/error-codes.json
  any other file   the Chinese status-code document -> src/features/status-codes/data/status-codes.json
--data <file.json>    another data module to update or check
--earlier <file.rst>  error-code pages only: the earlier revision whose message wordings are kept as
                      earlierMessage. Without it, a sibling named like the page plus a date
                      (error_codes.2025-10-15.rst beside error_codes.rst) is used; the latest date wins.`;

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}
const consoleIo: Io = { out: (l) => console.log(l), err: (l) => console.error(l) };

class UsageError extends Error {}

type Format = 'error-codes' | 'status-codes';
const formatOf = (documentPath: string): Format =>
  path.extname(documentPath).toLowerCase() === '.rst' ? 'error-codes' : 'status-codes';

const DEFAULT_DATA: Record<Format, string> = { 'error-codes': ERROR_CODE_DATA, 'status-codes': STATUS_CODE_DATA };

interface Args {
  request: ImportRequest;
  format: Format;
  check: boolean;
  help: boolean;
}

function readArgs(argv: string[]): Args {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        check: { type: 'boolean', default: false },
        data: { type: 'string' },
        earlier: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: true,
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { check, data, earlier, help } = parsed.values;
  const [documentPath = '', ...extra] = parsed.positionals;
  if (help) return { request: { documentPath, dataPath: '' }, format: 'status-codes', check, help };
  if (!documentPath) throw new UsageError('no document given');
  if (extra.length) throw new UsageError(`unexpected arguments: ${extra.join(' ')}`);
  const format = formatOf(documentPath);
  if (earlier !== undefined && format !== 'error-codes') {
    throw new UsageError('--earlier applies to error-code pages (.rst) only');
  }
  const request: ImportRequest = { documentPath, dataPath: path.resolve(data ?? DEFAULT_DATA[format]) };
  if (earlier !== undefined) request.earlierPath = earlier;
  return { request, format, check, help };
}

const planners: Record<Format, (request: ImportRequest) => ImportPlan> = {
  'error-codes': planErrorCodes,
  'status-codes': planStatusCodes,
};

/** Runs the importer; returns the exit status instead of exiting so tests can call it in-process. */
export async function run(argv: string[], io: Io = consoleIo): Promise<number> {
  try {
    const { request, format, check, help } = readArgs(argv);
    if (help) {
      HELP.split('\n').forEach(io.out);
      return 0;
    }
    const plan = planners[format](request);
    const { documentPath, dataPath } = request;
    io.out(plan.summary);
    if (check) {
      if (plan.differences.length === 0) {
        io.out(`import: ${shown(dataPath)} matches ${documentPath}`);
        return 0;
      }
      plan.differences.forEach(io.out);
      const earlier = request.earlierPath === undefined ? '' : ` --earlier ${request.earlierPath}`;
      io.err(
        `import: ${shown(dataPath)} differs from ${documentPath}; run \`npm run import -- ${documentPath}${earlier}\``,
      );
      return 1;
    }
    // Untouched when nothing changed, so a no-op import never races a concurrent hand edit.
    if (plan.changed) writeAtomically(dataPath, await formatLikeTheRepo(plan.data, dataPath));
    plan.warnings.forEach((w) => io.err(`import: warning: ${w}`));
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
