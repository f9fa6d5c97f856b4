#!/usr/bin/env node
// The npm package as a user gets it: `npm pack` (which builds pkg/ first), installed from the tarball
// into an empty project with no network, then the command and the three entries run from there, and
// a TypeScript file type-checked against the shipped declarations. Exits non-zero on the first failure.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(join(tmpdir(), 'vpc-status-codes-pack-'));
const project = join(work, 'project');
let failures = 0;

function sh(command, args, options = {}) {
  const r = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (r.error) throw r.error;
  return r;
}

function expect(ok, what, detail = '') {
  console.log(`${ok ? '✓' : '✗'} ${what}`);
  if (!ok) {
    failures += 1;
    if (detail) console.log(String(detail).slice(0, 2000));
  }
}

try {
  const pack = sh('npm', ['pack', '--pack-destination', work, '--json'], { cwd: root });
  expect(pack.status === 0, 'npm pack builds the package and writes a tarball', pack.stderr);
  const [info] = JSON.parse(pack.stdout.slice(pack.stdout.indexOf('[')));
  const tarball = join(work, info.filename);
  const files = info.files.map((f) => f.path);
  for (const file of [
    'package.json',
    'README.md',
    'pkg/cli.js',
    'pkg/explain.js',
    'pkg/explain.d.ts',
    'pkg/types.d.ts',
    'pkg/NOTICE.md',
    'pkg/UPSTREAM-LICENSE.txt',
  ])
    expect(files.includes(file), `the tarball holds ${file}`);
  expect(!files.some((f) => f.startsWith('src/')), 'the tarball holds no sources', files.join('\n'));

  sh('mkdir', ['-p', project]);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  const install = sh('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], { cwd: project });
  expect(install.status === 0, 'installs into an empty project with no network', install.stderr);
  const installed = JSON.parse(readFileSync(join(project, 'node_modules/vpc-status-codes/package.json'), 'utf8'));
  expect(!installed.dependencies || Object.keys(installed.dependencies).length === 0, 'has no runtime dependencies');
  const notice = readFileSync(join(project, 'node_modules/vpc-status-codes/pkg/NOTICE.md'), 'utf8');
  expect(
    ['opentelekomcloud-docs/virtual-private-cloud', 'opentelekomcloud-docs/api-gateway', 'openstack/neutron-lib'].every(
      (source) => notice.includes(source),
    ),
    'its notice names the source of every data set it carries',
  );

  const bin = join(project, 'node_modules/.bin/vpc-status-codes');
  const body = 'HTTP/1.1 409 Conflict\n{"error_code": "VPC.0114", "error_msg": "x"}';
  const env = { ...process.env, LANG: 'en_US.UTF-8', NO_COLOR: '' };
  const explain = sh(bin, ['explain', '--base-url', 'https://portal.example.com/'], { input: body, env });
  expect(
    explain.status === 0 &&
      explain.stdout.includes('VPC.0114') &&
      explain.stdout.includes('https://portal.example.com/en/errors/VPC.0114'),
    'the command explains standard input (exit 0)',
    explain.stdout + explain.stderr,
  );
  expect(!explain.stdout.includes('\x1b['), 'the command does not colour a pipe');
  const json = sh(bin, ['lookup', '409', '--json', '--lang', 'zh'], { env });
  let answer = {};
  try {
    answer = JSON.parse(json.stdout);
  } catch {
    /* reported below */
  }
  expect(
    json.status === 0 && answer.code === '409' && answer.lang === 'zh',
    'lookup --json prints one object',
    json.stdout,
  );
  expect(sh(bin, ['explain', 'all is well'], { env }).status === 1, 'the command exits 1 when it recognises nothing');
  const bad = sh(bin, ['--frob'], { env });
  expect(bad.status === 2 && bad.stderr.trim().split('\n').length === 1, 'bad usage exits 2 with one line', bad.stderr);

  writeFileSync(
    join(project, 'use.mjs'),
    [
      "import { explain, lookup, list } from 'vpc-status-codes/explain';",
      "import * as english from 'vpc-status-codes/explain/en';",
      "import * as chinese from 'vpc-status-codes/explain/zh';",
      `const [a] = explain(${JSON.stringify(body)}, { lang: 'en', baseUrl: 'https://x.example/' });`,
      "const checks = [a?.code === 'VPC.0114', a?.status === 409, a?.url === 'https://x.example/en/errors/VPC.0114',",
      "  lookup('vpc0114')?.lang === 'zh', list({ status: 409 }).length > 1,",
      "  english.lookup('409')?.lang === 'en', chinese.lookup('409')?.lang === 'zh'];",
      "let threw = false; try { english.explain('x', { lang: 'zh' }); } catch { threw = true; }",
      'console.log(JSON.stringify([...checks, threw]));',
    ].join('\n'),
  );
  const use = sh('node', ['use.mjs'], { cwd: project });
  expect(
    use.status === 0 && !use.stdout.includes('false'),
    'the entries work from code (both languages, en, zh)',
    use.stdout + use.stderr,
  );

  writeFileSync(
    join(project, 'use.ts'),
    [
      "import { explain, lookup, type Answer, type AnswerKind } from 'vpc-status-codes/explain';",
      "import { explain as explainEn } from 'vpc-status-codes/explain/en';",
      "const answers: Answer[] = explain('VPC.0114', { lang: 'en', baseUrl: 'https://x.example/' });",
      'const kind: AnswerKind | undefined = answers[0]?.kind;',
      "const url: string | undefined = lookup('409')?.url;",
      "explainEn('x');",
      '// @ts-expect-error: the text is a string',
      'explain(42);',
      '// @ts-expect-error: no such language',
      "explain('x', { lang: 'fr' });",
      'export { kind, url };',
    ].join('\n'),
  );
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        module: 'nodenext',
        moduleResolution: 'nodenext',
        target: 'es2022',
        types: [],
      },
      files: ['use.ts'],
    }),
  );
  const tsc = sh(join(root, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], { cwd: project });
  expect(tsc.status === 0, 'its declarations type-check a TypeScript user', tsc.stdout + tsc.stderr);
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(failures ? `${failures} package check(s) failed` : 'The package installs and runs from its tarball');
process.exit(failures ? 1 : 0);
