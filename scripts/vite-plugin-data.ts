import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import type { ErrorCodeData } from '../src/features/error-codes/data/error-codes.schema';
import { errorDetailsOf, errorIdsOf, errorIndexOf } from '../src/features/error-codes/data/split';
import { validateErrorCodeData } from '../src/features/error-codes/data/validate';
import type { GatewayCodeData } from '../src/features/gateway-codes/data/gateway-codes.schema';
import { gatewayCatalogueOf, gatewayIdsOf, gatewaySourceOf } from '../src/features/gateway-codes/data/split';
import { validateGatewayCodeData } from '../src/features/gateway-codes/data/validate';
import { buildCorpus, buildGatewayCorpus, knownErrors, knownGateway } from '../src/features/search/corpus';
import { synonyms } from '../src/features/search/data/synonyms';
import { coreOf, detailsOf } from '../src/features/status-codes/data/split';
import type { StatusCodeData } from '../src/features/status-codes/data/status-codes';
import { validateStatusCodeData } from '../src/features/status-codes/data/validate';
import { LANGUAGES, isLang } from '../src/lib/languages';

const dataFile = (path: string) => fileURLToPath(new URL(`../src/features/${path}`, import.meta.url));
const STATUS_FILE = dataFile('status-codes/data/status-codes.json');
const ERROR_FILE = dataFile('error-codes/data/error-codes.json');
const GATEWAY_FILE = dataFile('gateway-codes/data/gateway-codes.json');
const VIRTUAL = 'virtual:';

const js = (value: unknown) => ({ code: `export default ${JSON.stringify(value)};`, moduleType: 'js' as const });

/*
 * Serves the data modules to the app in the pieces pages need, so no page downloads text it cannot
 * show:
 * - `status-codes.json?core`: every status code's core fields (tables and search);
 * - `virtual:status-codes/details/{lang}`: one language's guidance for every status code;
 * - `error-codes.json?ids`: which error codes exist (routes);
 * - `virtual:error-codes/index/{lang}`: every error code's title, area, statuses and operations;
 * - `virtual:error-codes/code/{lang}/{code}`: one code's guidance and occurrences, reached through
 *   the loaders in `virtual:error-codes/loaders`;
 * - `gateway-codes.json?ids`: which API gateway codes exist (routes); `?source`: their upstream page;
 * - `virtual:gateway-codes/catalogue/{lang}`: every gateway code with its guidance in one language;
 * - `virtual:search/corpus/{status|error|gateway}`: every text of one kind of code, in both languages
 *   (with the documented messages, for errors and gateway codes): what the search loads on first use.
 * The JSON is validated here, so a broken entry fails the build and the dev server with a message
 * naming the code and field, and no validation code ships. Elsewhere (Node tools, end-to-end tests)
 * a `?core`/`?ids` import is the whole file, of which these pieces are a subset.
 */
export function dataModules(): Plugin {
  const statusData = (): StatusCodeData => validateStatusCodeData(JSON.parse(readFileSync(STATUS_FILE, 'utf8')));
  const errorData = (): ErrorCodeData => validateErrorCodeData(JSON.parse(readFileSync(ERROR_FILE, 'utf8')));
  const gatewayData = (): GatewayCodeData => validateGatewayCodeData(JSON.parse(readFileSync(GATEWAY_FILE, 'utf8')));

  const virtualModule = (path: string): ReturnType<typeof js> | undefined => {
    const [set, part, lang, code] = path.split('/');
    if (set === 'status-codes' && part === 'details' && isLang(lang)) return js(detailsOf(statusData(), lang));
    if (set === 'error-codes' && part === 'index' && isLang(lang)) return js(errorIndexOf(errorData(), lang));
    if (set === 'error-codes' && part === 'code' && isLang(lang) && code) {
      const details = errorDetailsOf(errorData(), lang, code);
      return details ? js(details) : undefined;
    }
    if (set === 'gateway-codes' && part === 'catalogue' && isLang(lang))
      return js(gatewayCatalogueOf(gatewayData(), lang));
    if (set === 'search' && part === 'corpus' && lang === 'gateway') {
      const gateway = gatewayData();
      const exports = { docs: buildGatewayCorpus(gateway), synonyms, gateway: knownGateway(gateway) };
      const code = Object.entries(exports).map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`);
      return { code: code.join('\n'), moduleType: 'js' };
    }
    if (set === 'search' && part === 'corpus' && (lang === 'status' || lang === 'error')) {
      const errors = errorData();
      const docs = buildCorpus(statusData(), errors).filter((d) => d.kind === lang);
      // The synonym groups' reasons are for maintainers: only the terms ship.
      const exports = { docs, synonyms, ...(lang === 'error' ? { messages: knownErrors(errors).messages } : {}) };
      const code = Object.entries(exports).map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`);
      return { code: code.join('\n'), moduleType: 'js' };
    }
    if (set === 'error-codes' && part === 'loaders') {
      const codes = errorData().codes.map((e) => e.code);
      const byLang = LANGUAGES.map(
        (l) =>
          `${l}: {${codes.map((c) => `${JSON.stringify(c)}: () => import('${VIRTUAL}error-codes/code/${l}/${c}')`).join(',')}}`,
      );
      return { code: `export const loaders = {${byLang.join(',')}};`, moduleType: 'js' };
    }
    return undefined;
  };

  return {
    name: 'data-modules',
    enforce: 'pre',
    resolveId: (id) => (/^virtual:(status-codes|error-codes|gateway-codes|search)\//.test(id) ? `\0${id}` : undefined),
    load(id) {
      if (id === `${STATUS_FILE}?core`) {
        this.addWatchFile(STATUS_FILE);
        return js(coreOf(statusData()));
      }
      if (id === `${ERROR_FILE}?ids`) {
        this.addWatchFile(ERROR_FILE);
        return js(errorIdsOf(errorData()));
      }
      if (id === `${GATEWAY_FILE}?ids`) {
        this.addWatchFile(GATEWAY_FILE);
        return js(gatewayIdsOf(gatewayData()));
      }
      if (id === `${GATEWAY_FILE}?source`) {
        this.addWatchFile(GATEWAY_FILE);
        return js(gatewaySourceOf(gatewayData()));
      }
      if (!id.startsWith(`\0${VIRTUAL}`)) return undefined;
      this.addWatchFile(STATUS_FILE);
      this.addWatchFile(ERROR_FILE);
      this.addWatchFile(GATEWAY_FILE);
      return virtualModule(id.slice(VIRTUAL.length + 1)) ?? this.error(`Unknown data module ${id.slice(1)}`);
    },
  };
}
