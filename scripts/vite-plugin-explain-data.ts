import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { siteConfig } from '../src/app/site-config';
import { explainCoreOf, explainTextsOf } from '../src/features/explain/explain-data';
import { en } from '../src/locales/en';
import { zh } from '../src/locales/zh';
import { isLang } from '../src/lib/languages';

const dataFile = (path: string) => fileURLToPath(new URL(`../src/features/${path}`, import.meta.url));
const STATUS_FILE = dataFile('status-codes/data/status-codes.json');
const ERROR_FILE = dataFile('error-codes/data/error-codes.json');
const GATEWAY_FILE = dataFile('gateway-codes/data/gateway-codes.json');
const NEUTRON_FILE = dataFile('neutron-errors/data/neutron-errors.json');
const FILES = [STATUS_FILE, ERROR_FILE, GATEWAY_FILE, NEUTRON_FILE];
const UI = { en, zh };

/*
 * The explainer's data (src/features/explain/explain-data.ts), cut from the data modules:
 * - `virtual:explain/core`: codes, statuses, retry policies and documented messages, no language;
 * - `virtual:explain/texts/{lang}`: one language's titles, meanings, guidance and retry advice (the
 *   advice is the site's own wording, from the UI strings);
 * - `virtual:explain/site`: the public address of the site this build is for (SITE_URL, BASE_PATH),
 *   and the package's version.
 * The data modules are validated by the site's build and tests (vite-plugin-data.ts); this only reads them.
 */
export function explainData(env: Record<string, string | undefined> = process.env): Plugin {
  const read = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
  const js = (value: unknown) => ({ code: `export default ${JSON.stringify(value)};`, moduleType: 'js' as const });
  return {
    name: 'explain-data',
    enforce: 'pre',
    resolveId: (id) => (id.startsWith('virtual:explain/') ? `\0${id}` : undefined),
    load(id) {
      if (!id.startsWith('\0virtual:explain/')) return undefined;
      const [part, lang] = id.slice('\0virtual:explain/'.length).split('/');
      if (part === 'site') {
        const { version } = read(fileURLToPath(new URL('../package.json', import.meta.url)));
        const siteUrl = siteConfig(env, env.BASE_PATH ?? '/').siteUrl;
        return {
          code: `export default ${JSON.stringify(siteUrl)};\nexport const version = ${JSON.stringify(version)};`,
          moduleType: 'js',
        };
      }
      for (const file of FILES) this.addWatchFile(file);
      const sources = () => ({
        status: read(STATUS_FILE),
        errors: read(ERROR_FILE),
        gateway: read(GATEWAY_FILE),
        neutron: read(NEUTRON_FILE),
      });
      if (part === 'core') return js(explainCoreOf(sources()));
      if (part === 'texts' && isLang(lang)) {
        // The gateway and Neutron catalogues use the error codes' retry vocabulary and wording.
        const retry = { status: UI[lang].detail.retry, vpc: UI[lang].errors.retry };
        return js(explainTextsOf(sources(), lang, retry));
      }
      return undefined;
    },
  };
}
