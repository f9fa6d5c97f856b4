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

describe('layers', () => {
  it.each([
    ['src/lib/layer-probe.ts', "import { pageTable as x } from '@/app/route-table';"],
    ['src/locales/layer-probe.ts', "import { Layout as x } from '@/components/layout';"],
    ['src/components/layer-probe.ts', "import { findEntry as x } from '@/features/status-codes/data/access';"],
    ['src/features/status-codes/layer-probe.ts', "import { CodeRoute as x } from '@/routes/code-route';"],
    ['src/routes/layer-probe.ts', "import { pageTable as x } from '@/app/route-table';"],
    ['src/standalone/layer-probe.ts', "import { Layout as x } from '@/components/layout';"],
    ['src/features/status-codes/data/layer-probe.ts', "import { CodeDetail as x } from '../components/code-detail';"],
    ['src/features/embedding/layer-probe.ts', "import { findEntry as x } from '@/features/status-codes/data/access';"],
    ['src/package/layer-probe.ts', "import { Layout as x } from '@/components/layout';"],
    ['src/features/explain/layer-probe.ts', "import { explain as x } from '@/package/explain';"],
    ['src/app/layer-probe.ts', "import { explain as x } from '@/package/explain';"],
    ['src/locales/layer-probe.ts', "import { chineseTypographyProblems as x } from '@/test/zh-typography';"],
  ])('%s may not %s', async (file, code) => {
    expect(await problems(file, code)).toContainEqual(expect.stringMatching(/^import-x\/no-restricted-paths/));
  });

  it("allows a test to use the tests' helpers", async () => {
    expect(
      await problems(
        'src/locales/layer-probe.test.ts',
        "import { chineseTypographyProblems as x } from '@/test/zh-typography';",
      ),
    ).toEqual([]);
  });

  it('allows imports that go down the layers', async () => {
    expect(
      await problems(
        'src/routes/layer-probe.ts',
        "import { findEntry as x } from '@/features/status-codes/data/access';",
      ),
    ).toEqual([]);
  });

  it('keeps the whole data module and its validator out of browser code', async () => {
    const found = await problems(
      'src/components/layer-probe.ts',
      "import { statusCodeData as x } from '@/features/status-codes/data/status-codes';",
    );
    expect(found).toContainEqual(expect.stringMatching(/^no-restricted-imports/));
  });
});
