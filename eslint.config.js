import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/*
 * The layers of src/, from the top: app → routes → features → shared (components → locales → lib).
 * Standalone scripts (src/standalone) run on other sites' pages and use shared code only. The npm
 * package's entries (src/package) sit beside app: features and shared code, no app, routes or components. A layer
 * imports only from layers below it; a feature reaches another only through its public entry
 * (index.ts); a feature's data never imports its UI. `npm run lint` fails on a wrong import, and
 * src/app/layers.test.ts proves it does.
 */
const features = readdirSync('src/features', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const layer = (target, from, message) => ({ target: `./src/${target}`, from: from.map((f) => `./src/${f}`), message });
const zones = [
  layer(
    'lib',
    ['app', 'routes', 'features', 'components', 'locales', 'standalone', 'package'],
    'lib is the bottom layer.',
  ),
  layer('locales', ['app', 'routes', 'features', 'components', 'standalone', 'package'], 'locales uses lib only.'),
  layer('components', ['app', 'routes', 'features', 'standalone', 'package'], 'components use locales and lib only.'),
  layer('features', ['app', 'routes', 'standalone', 'package'], 'features sit below app and routes.'),
  layer('routes', ['app', 'standalone', 'package'], 'routes sit below app: the app hands them what they need.'),
  layer(
    'standalone',
    ['app', 'routes', 'features', 'components', 'package'],
    'standalone scripts use shared code only.',
  ),
  layer('app', ['package'], 'the site does not use the npm package: both use the features.'),
  layer(
    'package',
    ['app', 'routes', 'components', 'standalone'],
    'the npm package uses features and shared code only.',
  ),
  ...features.flatMap((feature) =>
    features
      .filter((other) => other !== feature)
      .map((other) => ({
        target: `./src/features/${feature}`,
        from: `./src/features/${other}`,
        except: ['./index.ts'],
        message: `Use the public entry of ${other} (src/features/${other}/index.ts).`,
      })),
  ),
  {
    target: './src/features/*/data/**',
    from: ['./src/features/*/components/**', './src/features/*/search/**'],
    message: 'Data sits below the UI.',
  },
  {
    // A test helper is no part of the product: only tests, and other helpers, import one.
    target: './src/!(test)/**/!(*.test).{ts,tsx}',
    from: './src/test',
    message: 'src/test holds helpers for tests only.',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'pkg', 'node_modules', 'test-results', 'playwright-report', 'bench/results'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // With noUncheckedIndexedAccess, `!` is the honest way to say "index checked by the loop bound".
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Route modules and components are imported by path; keep them named for greppability.
      'no-restricted-exports': ['error', { restrictDefaultExports: { direct: true } }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: { 'import-x/no-restricted-paths': ['error', { zones }] },
  },
  {
    // Browser code reads the data through the pieces the build cuts (access.ts, load.ts); the
    // whole module and its validator are for the build, the server entry and tests.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/test/**', 'src/app/entry-server.tsx', 'src/features/*/data/validate.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/data/status-codes', '**/data/status-codes.json'],
              allowTypeImports: true,
              message: 'Browser code reads the data through access.ts and load.ts.',
            },
            { group: ['**/data/validate', 'ajv', 'ajv/*'], message: 'Validation runs in the build and tests only.' },
          ],
        },
      ],
    },
  },
  {
    // Playwright fixtures call `use()`, which is not React's hook: the rules apply to app code only.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['*.config.{js,ts}', 'eslint.config.js', '**/*.d.ts'],
    rules: { 'no-restricted-exports': 'off' },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
