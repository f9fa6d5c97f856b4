import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import { ImportError } from './import-error';

/** Paths in messages: relative to the working directory when inside it, as a reader would type them. */
export const shown = (file: string): string => {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') ? relative : file;
};

export function readDocument(file: string): string {
  if (!existsSync(file)) throw new ImportError(file, 'no such file');
  if (statSync(file).isDirectory()) throw new ImportError(file, 'is a directory, not a document');
  return readFileSync(file, 'utf8');
}

export function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (e) {
    throw new ImportError(shown(file), `cannot read the data module: ${(e as Error).message}`);
  }
}

// The repo runs prettier over JSON; writing its layout keeps an import's diff to the changed fields only.
export async function formatLikeTheRepo(data: unknown, file: string): Promise<string> {
  return format(JSON.stringify(data, null, 2), { ...(await resolveConfig(file)), filepath: file });
}

// Same directory, so the rename is atomic: a reader (or a crash) never sees half a file.
export function writeAtomically(file: string, text: string): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${String(process.pid)}.tmp`);
  try {
    writeFileSync(temp, text);
    renameSync(temp, file);
  } finally {
    rmSync(temp, { force: true });
  }
}
