import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Fixture paths as the tests name them in messages: relative, so assertions do not depend on the checkout. */
export const fixture = (name: string): string => `scripts/import/fixtures/${name}`;
export const fixturePath = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
export const readFixture = (name: string): string => readFileSync(fixturePath(name), 'utf8');

// In CI the repository sits next to shared/seed/, so the upstream document is found relative to the repo root.
export const SEED_FILE = fileURLToPath(new URL('../../../shared/seed/000_505a4803bfc28fc4.txt', import.meta.url));
export const hasSeed = existsSync(SEED_FILE);
