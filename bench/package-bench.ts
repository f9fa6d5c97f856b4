/*
 * Benchmark for the npm package (pkg/, scripts/build-package.mjs): the gzip size of each `explain`
 * entry (both languages, English only, Chinese only) and of the command, the command's start-up time
 * (a whole `explain` of one error body, from process start to exit, against the 200 ms target) and the
 * time it takes to explain a 10 MB log whose error is on its last line.
 *
 *   npx tsx bench/package-bench.ts           prints a table, writes bench/results/package.json
 *
 * `runPackageBench()` returns the same results for `npm run bench` to aggregate.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = join(root, 'pkg');
const START_TARGET_MS = 200;
const BODY =
  'HTTP/1.1 409 Conflict\n{"error_code": "VPC.0114", "error_msg": "Quota exceeded for resources: [\'router\']."}';

export interface PackageBenchResult {
  name: 'package';
  date: string;
  node: string;
  cpu: string;
  load: [before: number, after: number];
  sizes: { file: string; what: string; bytes: number; gzip: number }[];
  /**
   * Medians and 95th percentiles of whole runs, in ms: wall time around the spawn, and the time from
   * the process's start to its exit as the process itself measures it, and the CPU time it used (user +
   * system: the target's measure, as it depends least on how busy the machine is).
   */
  start: {
    label: string;
    samples: number;
    medianMs: number;
    p95Ms: number;
    inProcessMedianMs: number;
    cpuMedianMs: number;
  }[];
  startTargetMs: number;
  meetsStartTarget: boolean;
  /** One run over a 10 MB log with the error on its last line. */
  bigLog: { bytes: number; ms: number; found: boolean };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]!;

/** Reports, on exit, the time since the process started (Node's performance.now()), without the spawn around it. */
const EXIT_CLOCK =
  'data:text/javascript,process.on("exit",()=>{const c=process.cpuUsage();process.stderr.write(`@@${String(performance.now())} ${String((c.user+c.system)/1000)}`)})';

function time(args: string[], input?: string): { ms: number; inProcessMs: number; cpuMs: number; stdout: string } {
  const start = performance.now();
  const r = spawnSync(process.execPath, ['--import', EXIT_CLOCK, ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'en_US.UTF-8' },
  });
  const ms = performance.now() - start;
  const [, inProcess = 'NaN', cpu = 'NaN'] = /@@([\d.]+) ([\d.]+)/.exec(r.stderr) ?? [];
  return { ms, inProcessMs: Number(inProcess), cpuMs: Number(cpu), stdout: r.stdout };
}

/** A terraform-like debug log of `bytes`, its last line an error body. */
function bigLog(bytes: number): string {
  const line = (i: number) =>
    `2026-04-01T10:00:${String(i % 60).padStart(2, '0')}Z [DEBUG] provider: HTTP/1.1 200 OK GET https://vpc.example.com/v1/p/vpcs?marker=${String(i)}\n`;
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) size += (lines[i] = line(i)).length;
  return `${lines.join('')}Error: creating VPC: ${BODY}\n`;
}

export function runPackageBench({ quiet = false } = {}): PackageBenchResult {
  const build = spawnSync(process.execPath, ['scripts/build-package.mjs'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`package build failed:\n${build.stderr}`);
  const loadBefore = loadavg()[0]!;
  const sizes = [
    ['explain.js', 'vpc-status-codes/explain (zh + en)'],
    ['explain-en.js', 'vpc-status-codes/explain/en'],
    ['explain-zh.js', 'vpc-status-codes/explain/zh'],
    ['cli.js', 'the command (zh + en)'],
  ].map(([file, what]) => {
    const code = readFileSync(join(pkg, file!));
    return { file: file!, what: what!, bytes: code.length, gzip: gzipSync(code, { level: 6 }).length };
  });
  const cli = join(pkg, 'cli.js');
  const runs: [label: string, args: string[], input?: string][] = [
    ['node -e 0 (Node.js itself)', ['-e', '0']],
    ['vpc-status-codes --version', [cli, '--version']],
    ['vpc-status-codes lookup 409', [cli, 'lookup', '409']],
    ['vpc-status-codes explain < body', [cli, 'explain'], BODY],
  ];
  for (const [, args, input] of runs) time(args, input); // warm the file cache
  const start = runs.map(([label, args, input]) => {
    const samples = Array.from({ length: 21 }, () => time(args, input));
    const wall = samples.map((x) => x.ms);
    const inProcessMedianMs = median(samples.map((x) => x.inProcessMs));
    const cpuMedianMs = median(samples.map((x) => x.cpuMs));
    return { label, samples: wall.length, medianMs: median(wall), p95Ms: p95(wall), inProcessMedianMs, cpuMedianMs };
  });
  const log = bigLog(10 * 1024 * 1024);
  const big = time([cli, 'explain', '--json'], log);
  const result: PackageBenchResult = {
    name: 'package',
    date: new Date().toISOString(),
    node: process.version,
    cpu: `${String(cpus().length)} × ${cpus()[0]?.model ?? 'unknown'}`,
    load: [loadBefore, loadavg()[0]!],
    sizes,
    start,
    startTargetMs: START_TARGET_MS,
    meetsStartTarget: start.at(-1)!.cpuMedianMs < START_TARGET_MS,
    bigLog: { bytes: Buffer.byteLength(log), ms: big.ms, found: big.stdout.includes('"VPC.0114"') },
  };
  if (!quiet) console.log(formatPackageBench(result));
  return result;
}

export function formatPackageBench(r: PackageBenchResult): string {
  const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  return [
    `package bench — node ${r.node}, ${r.cpu}, load average ${r.load[0].toFixed(1)} → ${r.load[1].toFixed(1)}`,
    'entry                                   file            size     gzip',
    ...r.sizes.map(
      (s) => `${s.what.padEnd(40)}${s.file.padEnd(14)}${kB(s.bytes).padStart(9)}${kB(s.gzip).padStart(11)}`,
    ),
    '',
    'start-up, medians of 21 runs             wall   wall p95  start→exit   CPU time',
    ...r.start.map(
      (s) =>
        `${s.label.padEnd(36)}${ms(s.medianMs).padStart(9)}${ms(s.p95Ms).padStart(11)}${ms(s.inProcessMedianMs).padStart(12)}${ms(s.cpuMedianMs).padStart(11)}`,
    ),
    `target: explain of one body in under ${String(r.startTargetMs)} ms of CPU time — ${r.meetsStartTarget ? 'met' : 'NOT met'}`,
    '',
    `explain --json < ${(r.bigLog.bytes / 1024 / 1024).toFixed(1)} MB log (error on the last line): ${ms(r.bigLog.ms)}, ${r.bigLog.found ? 'found' : 'NOT found'}`,
  ].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = runPackageBench();
  const file = join(root, 'bench/results/package.json');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\nwrote ${file}`);
}
