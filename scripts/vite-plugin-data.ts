import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import type { ErrorCodeData } from '../src/features/error-codes/data/error-codes.schema';
import { errorDetailsOf, errorIdsOf, errorIndexOf } from '../src/features/error-codes/data/split';
import { validateErrorCodeData } from '../src/features/error-codes/data/validate';
import type { GatewayCodeData } from '../src/features/gateway-codes/data/gateway-codes.schema';
import {
  gatewayCatalogueOf,
  gatewayIdsOf,
  gatewayIndexOf,
  gatewaySourceOf,
} from '../src/features/gateway-codes/data/split';
import { validateGatewayCodeData } from '../src/features/gateway-codes/data/validate';
import type { NeutronErrorData } from '../src/features/neutron-errors/data/neutron-errors.schema';
import {
  knownNeutron,
  neutronDetailsOf,
  neutronIdsOf,
  neutronIndexOf,
} from '../src/features/neutron-errors/data/split';
import { validateNeutronErrorData } from '../src/features/neutron-errors/data/validate';
import { buildCorpus, buildGatewayCorpus, knownErrors, knownGateway } from '../src/features/search/corpus';
import { synonyms } from '../src/features/search/data/synonyms';
import { statusCoreOf, statusDetailsOf } from '../src/features/status-codes/data/split';
import type { StatusCodeData } from '../src/features/status-codes/data/status-codes';
import { validateStatusCodeData } from '../src/features/status-codes/data/validate';
import { LANGUAGES, isLang } from '../src/lib/languages';

const dataFile = (path: string) => fileURLToPath(new URL(`../src/features/${path}`, import.meta.url));
const STATUS_FILE = dataFile('status-codes/data/status-codes.json');
const ERROR_FILE = dataFile('error-codes/data/error-codes.json');
const GATEWAY_FILE = dataFile('gateway-codes/data/gateway-codes.json');
const NEUTRON_FILE = dataFile('neutron-errors/data/neutron-errors.json');
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
 * - `virtual:gateway-codes/index/{lang}`: each gateway code's title and statuses (status pages);
 * - `neutron-errors.json?ids`: which Neutron error types exist, with their status (routes, status pages);
 * - `virtual:neutron-errors/index/{lang}`: every type's status and title;
 * - `virtual:neutron-errors/type/{lang}/{type}`: one type's page, through `virtual:neutron-errors/loaders`;
 * - `virtual:neutron-errors/sources`: the repositories and revisions the types come from (Sources page);
 * - `virtual:search/corpus/{status|error|gateway|neutron}`: every text of one kind of code, in both
 *   languages (with what the recogniser compares a paste with: documented messages, gateway codes,
 *   Neutron types and templates): what the search loads on first use.
 * The JSON is validated here, so a broken entry fails the build and the dev server with a message
 * naming the code and field, and no validation code ships. Elsewhere (Node tools, end-to-end tests)
 * a `?core`/`?ids` import is the whole file, of which these pieces are a subset.
 */
export function dataModules(): Plugin {
  const statusData = (): StatusCodeData => validateStatusCodeData(JSON.parse(readFileSync(STATUS_FILE, 'utf8')));
  const errorData = (): ErrorCodeData => validateErrorCodeData(JSON.parse(readFileSync(ERROR_FILE, 'utf8')));
  const gatewayData = (): GatewayCodeData => validateGatewayCodeData(JSON.parse(readFileSync(GATEWAY_FILE, 'utf8')));
  // Its related codes must be documented VPC codes: a broken link fails the build.
  const neutronData = (): NeutronErrorData =>
    validateNeutronErrorData(JSON.parse(readFileSync(NEUTRON_FILE, 'utf8')), {
      errorCodes: errorData().codes.map((c) => c.code),
    });

  const virtualModule = (path: string): ReturnType<typeof js> | undefined => {
    const [set, part, lang, code] = path.split('/');
    if (set === 'status-codes' && part === 'details' && isLang(lang)) return js(statusDetailsOf(statusData(), lang));
    if (set === 'error-codes' && part === 'index' && isLang(lang)) return js(errorIndexOf(errorData(), lang));
    if (set === 'error-codes' && part === 'code' && isLang(lang) && code) {
      const details = errorDetailsOf(errorData(), lang, code);
      return details ? js(details) : undefined;
    }
    if (set === 'gateway-codes' && part === 'catalogue' && isLang(lang))
      return js(gatewayCatalogueOf(gatewayData(), lang));
    if (set === 'gateway-codes' && part === 'index' && isLang(lang)) return js(gatewayIndexOf(gatewayData(), lang));
    if (set === 'search' && part === 'corpus' && lang === 'gateway') {
      const gateway = gatewayData();
      // No synonyms: like the neutron chunk, it always loads with the others.
      const exports = { docs: buildGatewayCorpus(gateway), gateway: knownGateway(gateway) };
      const code = Object.entries(exports).map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`);
      return { code: code.join('\n'), moduleType: 'js' };
    }
    if (set === 'neutron-errors' && part === 'index' && isLang(lang)) return js(neutronIndexOf(neutronData(), lang));
    if (set === 'neutron-errors' && part === 'type' && isLang(lang) && code) {
      const details = neutronDetailsOf(neutronData(), lang, code);
      return details ? js(details) : undefined;
    }
    if (set === 'neutron-errors' && part === 'sources') return js(neutronData().sources);
    if (set === 'neutron-errors' && part === 'loaders') {
      const types = neutronData().types.map((t) => t.type);
      const byLang = LANGUAGES.map(
        (l) =>
          `${l}: {${types.map((t) => `${JSON.stringify(t)}: () => import('${VIRTUAL}neutron-errors/type/${l}/${t}')`).join(',')}}`,
      );
      return { code: `export const loaders = {${byLang.join(',')}};`, moduleType: 'js' };
    }
    if (set === 'search' && part === 'corpus' && (lang === 'status' || lang === 'error' || lang === 'neutron')) {
      const errors = errorData();
      const docs = buildCorpus(statusData(), errors, neutronData()).filter((d) => d.kind === lang);
      // The synonym groups' reasons are for maintainers: only the terms ship (once: the neutron chunk
      // always loads with the others).
      const exports =
        lang === 'neutron'
          ? { docs, neutron: knownNeutron(neutronData()) }
          : { docs, synonyms, ...(lang === 'error' ? { messages: knownErrors(errors).messages } : {}) };
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
    resolveId: (id) =>
      /^virtual:(status-codes|error-codes|gateway-codes|neutron-errors|search)\//.test(id) ? `\0${id}` : undefined,
    load(id) {
      if (id === `${STATUS_FILE}?core`) {
        this.addWatchFile(STATUS_FILE);
        return js(statusCoreOf(statusData()));
      }
      if (id === `${ERROR_FILE}?ids`) {
        this.addWatchFile(ERROR_FILE);
        return js(errorIdsOf(errorData()));
      }
      if (id === `${GATEWAY_FILE}?ids`) {
        this.addWatchFile(GATEWAY_FILE);
        return js(gatewayIdsOf(gatewayData()));
      }
      if (id === `${NEUTRON_FILE}?ids`) {
        this.addWatchFile(NEUTRON_FILE);
        this.addWatchFile(ERROR_FILE);
        return js(neutronIdsOf(neutronData()));
      }
      if (id === `${GATEWAY_FILE}?source`) {
        this.addWatchFile(GATEWAY_FILE);
        return js(gatewaySourceOf(gatewayData()));
      }
      if (!id.startsWith(`\0${VIRTUAL}`)) return undefined;
      this.addWatchFile(STATUS_FILE);
      this.addWatchFile(ERROR_FILE);
      this.addWatchFile(GATEWAY_FILE);
      this.addWatchFile(NEUTRON_FILE);
      return virtualModule(id.slice(VIRTUAL.length + 1)) ?? this.error(`Unknown data module ${id.slice(1)}`);
    },
  };
}
