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
 * package's entries (src/package) sit beside app: features and shared code, no app, routes or components.
 * A layer imports only from layers below it; a feature's data never imports its UI. Everything outside a
 * feature reaches it only through its public entry (index.ts); the build's server entry and tests may
 * also use its build entry (build.ts: the whole data module, its schema, the upstream licence). Features
 * form a stack (FEATURE_ORDER): one uses the entries of those below it and is handed the rest by routes.
 * `npm run lint` fails on a wrong import, and src/app/layers.test.ts proves it does.
 */

/*
 * The catalogues come first (every page names HTTP statuses, so the status codes are lowest), then the
 * search over them, then what reads them all. A feature listed later may use one listed earlier, never
 * the other way: a catalogue page that shows the search gets it from its route.
 */
const FEATURE_ORDER = [
  'status-codes',
  'error-codes',
  'gateway-codes',
  'neutron-errors',
  'search',
  'explain',
  'embedding',
];
const features = readdirSync('src/features', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const unplaced = features.filter((feature) => !FEATURE_ORDER.includes(feature));
if (unplaced.length) throw new Error(`eslint.config.js: place ${unplaced.join(', ')} in FEATURE_ORDER.`);

const layer = (target, from, message) => ({ target: `./src/${target}`, from: from.map((f) => `./src/${f}`), message });
/** Outside a feature, only its entries: the public one, and for the build and tests its build entry too. */
const throughEntries = (target, entries) =>
  features.map((feature) => ({
    target,
    from: `./src/features/${feature}`,
    except: entries,
    message: `Use the public entry of ${feature} (src/features/${feature}/index.ts).`,
  }));

function zones({ buildEntry, tests = false }) {
  const entries = buildEntry ? ['./index.ts', './build.ts'] : ['./index.ts'];
  const buildOnly = buildEntry
    ? []
    : [
        {
          target: './src',
          from: ['./src/features/*/build.ts', './src/features/*/data/validate.ts'],
          message:
            'Build entries and validators are for the server entry, the build and tests: browser code uses index.ts.',
        },
      ];
  return [
    ...buildOnly,
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
    ...['app', 'routes', 'package', 'test'].flatMap((target) => throughEntries(`./src/${target}`, entries)),
    ...features.flatMap((feature) =>
      features
        .filter((other) => other !== feature)
        .map((other) =>
          !tests && FEATURE_ORDER.indexOf(other) > FEATURE_ORDER.indexOf(feature)
            ? {
                target: `./src/features/${feature}`,
                from: `./src/features/${other}`,
                message: `${feature} sits below ${other} (FEATURE_ORDER in eslint.config.js): let a route hand it what it needs.`,
              }
            : {
                target: `./src/features/${feature}`,
                from: `./src/features/${other}`,
                except: entries,
                message: `Use the public entry of ${other} (src/features/${other}/index.ts).`,
              },
        ),
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
}

/** The data modules themselves: each reads its whole JSON file (for the build and tests). */
const DATA_MODULES = ['src/features/status-codes/data/status-codes.ts', 'src/features/search/data/synonyms.ts'];
/** Where the build's cuts of the data (virtual modules) are read: the loaders, and the package's entries. */
const LOADERS = ['src/features/*/data/load.ts', 'src/features/search/load.ts', 'src/package/*.ts'];
const DYNAMIC_JSON = {
  selector: 'ImportExpression[source.value=/\\.json/]',
  message: 'Browser code reads the data through the pieces the build cuts (data/access.ts, the loaders).',
};
const VIRTUAL_MODULES = ['ImportDeclaration', 'ImportExpression'].map((node) => ({
  selector: `${node}[source.value=/^virtual:/]`,
  message: "The build's cuts of the data are read by the loaders (data/load.ts): use the feature's index.ts.",
}));

/** Tests and their helpers: they may use any feature's entries (a catalogue's test with the real search). */
const TESTS = ['src/**/*.test.{ts,tsx}', 'src/test/**'];
/** What runs only in the build, the server entry and tests: the whole data modules may be read there. */
const BUILD_SIDE = [...TESTS, 'src/app/entry-server.tsx', 'src/features/*/build.ts', 'src/features/*/data/validate.ts'];

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
    rules: { 'import-x/no-restricted-paths': ['error', { zones: zones({ buildEntry: false }) }] },
  },
  {
    files: BUILD_SIDE,
    rules: { 'import-x/no-restricted-paths': ['error', { zones: zones({ buildEntry: true }) }] },
  },
  {
    files: TESTS,
    rules: { 'import-x/no-restricted-paths': ['error', { zones: zones({ buildEntry: true, tests: true }) }] },
  },
  {
    // Browser code reads the data through the pieces the build cuts (each feature's data/access.ts and its
    // loaders); the whole data modules, the build entries and the validators are for the build side.
    files: ['src/**/*.{ts,tsx}'],
    ignores: [...BUILD_SIDE, ...DATA_MODULES],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // A data file whole, or cut any other way than the build's own cuts (?core, ?ids, ?source).
              regex: '(^\\./|/data/)status-codes(\\.js)?$|\\.json(\\?(?!(core|ids|source)$).*)?$',
              allowTypeImports: true,
              message: 'Browser code reads the data through the pieces the build cuts (data/access.ts, the loaders).',
            },
            { group: ['ajv', 'ajv/*'], message: 'Validation runs in the build and tests only.' },
          ],
        },
      ],
      'no-restricted-syntax': ['error', DYNAMIC_JSON, ...VIRTUAL_MODULES],
    },
  },
  {
    // The loaders are where the build's cuts of the data (virtual modules) are read.
    files: LOADERS,
    rules: { 'no-restricted-syntax': ['error', DYNAMIC_JSON] },
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
