// @vitest-environment node
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/*
 * The layer rules in eslint.config.js, proved on imports written for the purpose: each wrong one
 * must be reported, and a right one must not. Linted as if the text were the named file.
 */
const eslint = new ESLint();

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = [x];\n`, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

const RESTRICTED_PATH = /^import-x\/no-restricted-paths/;
const RESTRICTED_IMPORT = /^no-restricted-imports/;

// Linting with type information is slow on a loaded machine: each case gets time enough.
describe('layers', { timeout: 20_000 }, () => {
  it.each([
    ['src/lib/layer-probe.ts', "import { pageTable as x } from '@/app/route-table';"],
    ['src/locales/layer-probe.ts', "import { Layout as x } from '@/app/layout';"],
    ['src/components/layer-probe.ts', "import { findEntry as x } from '@/features/status-codes';"],
    ['src/features/status-codes/layer-probe.ts', "import { CodeRoute as x } from '@/routes/code-route';"],
    ['src/routes/layer-probe.ts', "import { pageTable as x } from '@/app/route-table';"],
    ['src/standalone/layer-probe.ts', "import { Layout as x } from '@/app/layout';"],
    ['src/features/status-codes/data/layer-probe.ts', "import { CodeDetail as x } from '../components/code-detail';"],
    ['src/package/layer-probe.ts', "import { Layout as x } from '@/app/layout';"],
    ['src/features/explain/layer-probe.ts', "import { explain as x } from '@/package/explain';"],
    ['src/app/layer-probe.ts', "import { explain as x } from '@/package/explain';"],
    ['src/locales/layer-probe.ts', "import { chineseTypographyProblems as x } from '@/test/zh-typography';"],
  ])('%s may not %s', async (file, code) => {
    expect(await problems(file, code)).toContainEqual(expect.stringMatching(RESTRICTED_PATH));
  });

  it.each([
    ['src/routes/layer-probe.ts', "import { CodeDetail as x } from '@/features/status-codes/components/code-detail';"],
    ['src/app/layer-probe.ts', "import { gatewayCodeIds as x } from '@/features/gateway-codes/data/access';"],
    ['src/package/layer-probe.ts', "import { createExplainer as x } from '@/features/explain/explainer';"],
    ['src/features/embedding/layer-probe.ts', "import { findEntry as x } from '@/features/status-codes/data/access';"],
    ['src/test/layer-probe.ts', "import { ErrorTable as x } from '@/features/error-codes/components/error-table';"],
  ])('%s reaches a feature only through its entry, not %s', async (file, code) => {
    expect(await problems(file, code)).toContainEqual(expect.stringMatching(RESTRICTED_PATH));
  });

  it.each([
    ['src/features/status-codes/layer-probe.ts', "import { statusTableSearch as x } from '@/features/search';"],
    ['src/features/error-codes/layer-probe.ts', "import type { SearchIndex as x } from '@/features/search';"],
    ['src/features/status-codes/layer-probe.ts', "import { errorAreas as x } from '@/features/error-codes';"],
  ])('%s sits below the feature of %s', async (file, code) => {
    expect(await problems(file, code)).toContainEqual(expect.stringMatching(RESTRICTED_PATH));
  });

  it.each([
    ['src/routes/layer-probe.ts', "import { CodeDetail as x } from '@/features/status-codes';"],
    ['src/features/search/layer-probe.ts', "import { findEntry as x } from '@/features/status-codes';"],
    ['src/app/entry-server.tsx', "import { errorCodeData as x } from '@/features/error-codes/build';"],
    ['src/features/error-codes/layer-probe.test.ts', "import { errorTableSearch as x } from '@/features/search';"],
    ['src/locales/layer-probe.test.ts', "import { chineseTypographyProblems as x } from '@/test/zh-typography';"],
  ])('%s may %s', async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });

  it.each([
    "import { statusCodeData as x } from '@/features/status-codes/data/status-codes';",
    "import x from '@/features/error-codes/data/error-codes.json';",
    "import x from '../data/gateway-codes.json';",
    "import x from '../data/neutron-errors.json';",
  ])('keeps whole data modules out of browser code: %s', async (code) => {
    const found = await problems('src/features/error-codes/components/layer-probe.ts', code);
    expect(found).toContainEqual(expect.stringMatching(RESTRICTED_IMPORT));
  });

  it.each([
    ['src/app/app-probe.tsx', "import { errorCodeData as x } from '@/features/error-codes/build';"],
    ['src/features/error-codes/components/layer-probe.ts', "import { errorCodeData as x } from '../build';"],
    ['src/features/error-codes/components/sub/layer-probe.ts', "import { errorCodeData as x } from '../../build';"],
    [
      'src/features/error-codes/layer-probe.ts',
      "import { errorCodeData as x } from '@/features/error-codes/build.js';",
    ],
    ['src/features/error-codes/index.ts', "export { errorCodeData as x } from './build';"],
    ['src/features/error-codes/layer-probe.ts', "const x = () => import('./build');"],
    [
      'src/components/layer-probe.ts',
      "import { validateErrorCodeData as x } from '../features/error-codes/data/validate';",
    ],
    ['src/features/error-codes/data/layer-probe.ts', "import { validateErrorCodeData as x } from './validate';"],
    [
      'src/features/error-codes/components/layer-probe.ts',
      "import { validateErrorCodeData as x } from '../data/validate.js';",
    ],
  ])('keeps build entries and validators out of browser code: %s, %s', async (file, code) => {
    expect(await problems(file, code)).toContainEqual(expect.stringMatching(RESTRICTED_PATH));
  });

  it.each([
    ['src/features/error-codes/data/load.ts', "const x = () => import('./error-codes.json');"],
    ['src/features/error-codes/data/access.ts', "import x from './error-codes.json?raw';"],
    ['src/features/error-codes/data/access.ts', "import x from './error-codes.json?url';"],
    [
      'src/features/status-codes/components/layer-probe.ts',
      "import { statusCodeData as x } from '../data/status-codes.js';",
    ],
    ['src/routes/layer-probe.ts', "import x from 'virtual:error-codes/index/en';"],
    ['src/app/layer-probe.ts', "const x = () => import('virtual:error-codes/index/en');"],
  ])("keeps whole data files and the loaders' cuts out of other browser code: %s, %s", async (file, code) => {
    expect(await problems(file, code)).toContainEqual(expect.stringMatching(/^no-restricted-(imports|syntax)/));
  });

  it.each([
    ['src/features/error-codes/data/access.ts', "import x from './error-codes.json?ids';"],
    ['src/features/error-codes/data/load.ts', "const x = () => import('virtual:error-codes/index/en');"],
    ['src/features/error-codes/data/layer-probe.test.ts', "import { validateErrorCodeData as x } from './validate';"],
  ])('lets the build cuts, the loaders and tests read what they need: %s, %s', async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });
});
