import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { coreOf, detailsOf } from '../src/features/status-codes/data/split';
import type { StatusCodeData } from '../src/features/status-codes/data/status-codes';
import { validateStatusCodeData } from '../src/features/status-codes/data/validate';
import { isLang } from '../src/lib/languages';

const DATA_FILE = fileURLToPath(new URL('../src/features/status-codes/data/status-codes.json', import.meta.url));
const DETAILS = 'virtual:status-codes/details/';

/*
 * Serves the data module to the app in the pieces pages need: `status-codes.json?core` (what the
 * tables and search use) and `virtual:status-codes/details/{lang}` (one language's guidance, loaded
 * by code pages). The data is validated here, so a broken entry fails the build and the dev server
 * with a message naming the code and field, and no validation code ships.
 */
export function statusCodesData(): Plugin {
  const load = (): StatusCodeData => validateStatusCodeData(JSON.parse(readFileSync(DATA_FILE, 'utf8')));
  return {
    name: 'status-codes-data',
    enforce: 'pre',
    resolveId: (id) => (id.startsWith(DETAILS) ? `\0${id}` : undefined),
    load(id) {
      if (id === `${DATA_FILE}?core`) {
        this.addWatchFile(DATA_FILE);
        return { code: `export default ${JSON.stringify(coreOf(load()))};`, moduleType: 'js' };
      }
      if (!id.startsWith(`\0${DETAILS}`)) return undefined;
      this.addWatchFile(DATA_FILE);
      const lang = id.slice(DETAILS.length + 1);
      if (!isLang(lang)) return this.error(`Unknown data module ${id.slice(1)}`);
      return `export default ${JSON.stringify(detailsOf(load(), lang))};`;
    },
  };
}
