import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Fixture helpers for one importer's folder under fixtures/ (`status-codes`, `error-codes`). */
export function fixturesOf(group: string) {
  // Paths as the tests name them in messages: relative, so assertions do not depend on the checkout.
  const fixture = (name: string): string => `scripts/import/fixtures/${group}/${name}`;
  const fixturePath = (name: string): string => fileURLToPath(new URL(`./fixtures/${group}/${name}`, import.meta.url));
  const readFixture = (name: string): string => readFileSync(fixturePath(name), 'utf8');
  return { fixture, fixturePath, readFixture };
}

// In CI the repository sits next to shared/, so the upstream documents are found relative to the repo root.
export const SEED_FILE = fileURLToPath(new URL('../../../shared/seed/000_505a4803bfc28fc4.txt', import.meta.url));
export const hasSeed = existsSync(SEED_FILE);
export const ERROR_CODE_PAGE = fileURLToPath(
  new URL('../../../shared/upstream/vpc-error-codes/error_codes.rst', import.meta.url),
);
export const hasErrorCodePage = existsSync(ERROR_CODE_PAGE);
