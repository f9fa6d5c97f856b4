#!/usr/bin/env node
// The npm package's files in pkg/: the `vpc-status-codes` command (cli.js) and the `explain` entries
// (explain.js with both languages, explain-en.js and explain-zh.js with one), each one self-contained
// ES module with its declarations, plus the data's licence notices. SITE_URL and BASE_PATH set the
// site the links point to, as for `npm run build`. `npm pack` runs this first (prepack).
import { copyFile, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
const { build } = await import('vite');
const { explainData } = await import('./vite-plugin-explain-data.ts').catch(async () => {
  // Node without TypeScript stripping: load the plugin through tsx.
  const { tsImport } = await import('tsx/esm/api');
  return tsImport('./vite-plugin-explain-data.ts', import.meta.url);
});

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'pkg');
const ENTRIES = {
  cli: 'src/package/bin.ts',
  explain: 'src/package/explain.ts',
  'explain-en': 'src/package/explain-en.ts',
  'explain-zh': 'src/package/explain-zh.ts',
};

await rm(out, { recursive: true, force: true });
// One build per entry, so each file stands alone: the command starts by reading one file, and an
// entry's size is the size of what a portal ships.
for (const [name, entry] of Object.entries(ENTRIES)) {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    plugins: [explainData()],
    resolve: { alias: { '@': join(root, 'src') } },
    build: {
      outDir: out,
      emptyOutDir: false,
      target: 'node20',
      minify: true,
      copyPublicDir: false,
      lib: { entry: join(root, entry), formats: ['es'], fileName: () => `${name}.js` },
      rolldownOptions: {
        // The site's lazily loaded search data: tree-shaken away (the check below makes sure).
        external: [/^virtual:(search|status-codes|error-codes)\//],
        output: { minify: true, ...(name === 'cli' ? { banner: '#!/usr/bin/env node' } : {}) },
      },
    },
  });
}

for (const name of Object.keys(ENTRIES)) {
  const code = await readFile(join(out, `${name}.js`), 'utf8');
  if (/["'`]virtual:|\bfrom\s*["'](?!node:)|\bimport\(/.test(code))
    throw new Error(`pkg/${name}.js imports something: it must stand alone`);
}

// Declarations: the public types as written (types.ts imports nothing), and each entry's three functions.
await copyFile(join(root, 'src/features/explain/types.ts'), join(out, 'types.d.ts'));
const entryTypes = (lang) =>
  [
    `/** ${lang} */`,
    "import type { ExplainFunction, ListFunction, LookupFunction } from './types.js';",
    "export type * from './types.js';",
    'export declare const explain: ExplainFunction;',
    'export declare const lookup: LookupFunction;',
    'export declare const list: ListFunction;',
    '',
  ].join('\n');
await writeFile(join(out, 'explain.d.ts'), entryTypes('Both languages; Chinese by default.'));
await writeFile(join(out, 'explain-en.d.ts'), entryTypes('English texts only.'));
await writeFile(join(out, 'explain-zh.d.ts'), entryTypes('Chinese texts only.'));

// The data's licences: the error-code, gateway and Neutron data are derived from Apache-2.0 sources;
// each one's notice goes with it (the one licence text covers all three).
const notices = await Promise.all(
  ['error-codes', 'gateway-codes', 'neutron-errors'].map((feature) =>
    readFile(join(root, `src/features/${feature}/data/NOTICE.md`), 'utf8'),
  ),
);
await writeFile(
  join(out, 'NOTICE.md'),
  [
    '# Notices: vpc-status-codes',
    '',
    'The status-code rows (codes, reason phrases, descriptions) are copied from the “状态码” page (topic',
    '`vpc_api_0002`) of the VPC API reference. The English texts, meanings and guidance are this',
    "project's own.",
    '',
    ...notices.flatMap((notice) => [notice.replace(/^# (.*)\n/, '## $1\n').trim(), '']),
  ].join('\n'),
);
await copyFile(join(root, 'src/features/error-codes/data/UPSTREAM-LICENSE.txt'), join(out, 'UPSTREAM-LICENSE.txt'));
console.error(`Built the package into ${out}`);
