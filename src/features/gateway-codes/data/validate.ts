// Node only (build, tests): Ajv compiles schemas with `new Function`, which the site's CSP forbids.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
// Relative: the Vite config loads this file, and the '@/' alias is not set up there.
import { DataContractError, firstProblem, locateIn, schemaErrorLines } from '../../../lib/schema-error-text';
import { gatewayCodesSchema, type GatewayCodeData } from './gateway-codes.schema';

let compiled: ValidateFunction | undefined;
const validator = (): ValidateFunction =>
  (compiled ??= new Ajv2020({ allErrors: true, strict: true, verbose: true }).compile(gatewayCodesSchema));

/** "code APIGW.0308" and a field path, from a JSON pointer. */
const locate = locateIn({ codes: { label: 'code', key: 'code' } });

function schemaProblems(data: unknown): string[] {
  const validate = validator();
  if (validate(data)) return [];
  return schemaErrorLines(data, validate.errors ?? [], locate);
}

/** What the schema cannot say: uniqueness, order, and that both spellings name one number. */
function crossProblems(d: GatewayCodeData): string[] {
  const problems: string[] = [];
  const codes = d.codes.map((c) => c.code);
  for (const code of new Set(codes.filter((c, i) => codes.indexOf(c) !== i)))
    problems.push(`code ${code}, field "code": listed twice`);
  const sorted = [...codes].sort();
  const firstOut = codes.findIndex((c, i) => c !== sorted[i]);
  if (firstOut >= 0) problems.push(`code ${codes[firstOut] ?? ''}, field "code": codes must be sorted by code`);
  for (const c of d.codes) {
    if (c.code.slice(-4) !== c.documentedAs.slice(-4)) {
      problems.push(`code ${c.code}, field "documentedAs": ${c.documentedAs} is another number`);
    }
    const rows = c.responses.map((r) => `${String(r.status)} ${r.message}`);
    if (new Set(rows).size !== rows.length) problems.push(`code ${c.code}, field "responses": the same response twice`);
  }
  return problems;
}

/** Every problem, one line each, naming the code and the field. */
export function gatewayCodeDataProblems(data: unknown): string[] {
  const problems = schemaProblems(data);
  return problems.length ? problems : crossProblems(data as GatewayCodeData);
}

export function validateGatewayCodeData(data: unknown): GatewayCodeData {
  const message = firstProblem('gateway-codes.json', gatewayCodeDataProblems(data));
  if (message) throw new DataContractError(message);
  return data as GatewayCodeData;
}
