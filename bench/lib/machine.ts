import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

export interface Machine {
  os: string;
  cpu: string;
  cpuCount: number;
  memoryGiB: number;
  node: string;
  chromium: string;
  lighthouse: string;
  cjkFont: string | null;
}

function osName(): string {
  try {
    return /^PRETTY_NAME="?([^"\n]*)/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? process.platform;
  } catch {
    return process.platform;
  }
}

export function describeMachine(root: string, chromePath: string, cjkFont: string | null): Machine {
  const chromium = execFileSync(chromePath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const lighthouse = JSON.parse(readFileSync(join(root, 'node_modules/lighthouse/package.json'), 'utf8')) as {
    version: string;
  };
  return {
    os: osName(),
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cpuCount: cpus().length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    chromium: chromium.trim(),
    lighthouse: lighthouse.version,
    cjkFont,
  };
}

export const machineLine = (m: Machine): string =>
  `${String(m.cpuCount)} × ${m.cpu}, ${String(m.memoryGiB)} GiB, ${m.os}; node ${m.node}; ${m.chromium}; ` +
  `Lighthouse ${m.lighthouse}; CJK font: ${m.cjkFont ?? 'none'}`;
