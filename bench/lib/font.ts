// Chinese pages stall first paint by about a second when the machine has no CJK font, so the
// benchmark makes sure one is installed (as root on Debian) or says loudly that figures will suffer.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function cjkFamilies(): string[] {
  const result = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) return [];
  return result.stdout.split('\n').filter((line) => line.trim() !== '');
}

/** The first CJK font family found, installing fonts-noto-cjk when possible; null when there is none. */
export function ensureCjkFont(): string | null {
  const found = cjkFamilies()[0];
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('No CJK font: installing Debian\'s "fonts-noto-cjk" with apt-get…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    spawnSync('apt-get', ['install', '-y', '-qq', 'fonts-noto-cjk'], { stdio: 'inherit', env });
    const installed = cjkFamilies()[0];
    if (installed) return installed;
  }
  console.warn(
    '⚠ No CJK font (`fc-list :lang=zh` is empty): Chinese pages will paint about a second late.\n' +
      '  Install one, e.g. `sudo apt-get install -y fonts-noto-cjk`, and run the benchmark again.',
  );
  return null;
}
