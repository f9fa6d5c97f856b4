import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDocument } from '../scripts/import/parse-document';

export const SEED_FILE = resolve(import.meta.dirname, '..', '..', 'shared', 'seed', '000_505a4803bfc28fc4.txt');

/** In CI the repository sits next to shared/seed/; without it the comparison with the source cannot run. */
export const HAS_SEED = existsSync(SEED_FILE);

/** The tables of the upstream document, as the importer reads them. */
export function seedTables() {
  return parseDocument(readFileSync(SEED_FILE, 'utf8'), SEED_FILE);
}
