import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import {
  coreOf,
  detailsOf,
  validateStatusCodeData,
  type StatusCodeData,
} from '../src/features/status-codes/data/status-codes';
import { isLang } from '../src/lib/languages';

const DATA_FILE = fileURLToPath(new URL('../src/features/status-codes/data/status-codes.json', import.meta.url));
const PREFIX = 'virtual:status-codes/';

/*
 * Serves the data module to the app in the pieces pages need: `virtual:status-codes/core` (what
 * the tables and search use) and `virtual:status-codes/details/{lang}` (one language's guidance,
 * loaded by code pages). The data is validated here, so a broken entry fails the build and the
 * dev server with a message naming the code and field, and no validation code ships.
 */
export function statusCodesData(): Plugin {
  const load = (): StatusCodeData => validateStatusCodeData(JSON.parse(readFileSync(DATA_FILE, 'utf8')));
  return {
    name: 'status-codes-data',
    resolveId: (id) => (id.startsWith(PREFIX) ? `\0${id}` : undefined),
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      this.addWatchFile(DATA_FILE);
      const part = id.slice(PREFIX.length + 1);
      const data = load();
      if (part === 'core') return `export default ${JSON.stringify(coreOf(data))};`;
      const lang = part.replace(/^details\//, '');
      if (part.startsWith('details/') && isLang(lang))
        return `export default ${JSON.stringify(detailsOf(data, lang))};`;
      this.error(`Unknown data module ${id.slice(1)}`);
    },
  };
}
