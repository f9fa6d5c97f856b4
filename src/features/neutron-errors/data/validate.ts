// Node only (build, tests): Ajv compiles schemas with `new Function`, which the site's CSP forbids.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
// Relative: the Vite config loads this file, and the '@/' alias is not set up there.
import { DataContractError, firstProblem, locateIn, schemaErrorLines } from '../../../lib/schema-error-text';
import { FAULT_STATUS, neutronErrorsSchema, placeholdersOf, type NeutronErrorData } from './neutron-errors.schema';

export interface NeutronValidateOptions {
  /** The documented VPC error codes: when given, every `related` code must be one of them. */
  errorCodes?: readonly string[];
}

let compiled: ValidateFunction | undefined;
const validator = () =>
  (compiled ??= new Ajv2020({ allErrors: true, strict: true, verbose: true }).compile(neutronErrorsSchema));

/** "type SubnetInUse" / "source neutron-lib" and a field path, from a JSON pointer. */
const locate = locateIn({ types: { label: 'type', key: 'type' }, sources: { label: 'source', key: 'id' } });

function schemaProblems(data: unknown): string[] {
  const validate = validator();
  if (validate(data)) return [];
  return schemaErrorLines(data, validate.errors ?? [], locate);
}

/** What the schema cannot say: uniqueness, order, statuses through FAULT_MAP, placeholders, references. */
function crossProblems(d: NeutronErrorData, { errorCodes }: NeutronValidateOptions): string[] {
  const problems: string[] = [];
  const names = d.types.map((t) => t.type);
  for (const name of new Set(names.filter((n, i) => names.indexOf(n) !== i)))
    problems.push(`type ${name}, field "type": listed twice`);
  const sorted = [...names].sort();
  const firstOut = names.findIndex((n, i) => n !== sorted[i]);
  if (firstOut >= 0) problems.push(`type ${names[firstOut] ?? ''}, field "type": types must be sorted by type`);
  const repositories = new Set(d.sources.map((s) => s.repository));
  const known = errorCodes && new Set(errorCodes);
  for (const t of d.types) {
    if (FAULT_STATUS[t.faultBase] !== t.status)
      problems.push(
        `type ${t.type}, field "status": ${String(t.status)}, but FAULT_MAP maps ${t.faultBase} to ${String(FAULT_STATUS[t.faultBase])}`,
      );
    if (!repositories.has(t.source.repository))
      problems.push(`type ${t.type}, field "source.repository": "${t.source.repository}" is not one of the sources`);
    const placeholders = new Set(placeholdersOf(t.template));
    for (const field of ['meaning', 'action'] as const) {
      for (const lang of ['en', 'zh'] as const) {
        for (const name of placeholdersOf(t[field][lang])) {
          if (!placeholders.has(name))
            problems.push(`type ${t.type}, field "${field}.${lang}": %(${name})s is not a placeholder of the template`);
        }
      }
    }
    for (const code of t.related) {
      if (known && !known.has(code))
        problems.push(`type ${t.type}, field "related": ${code} is not a documented VPC error code`);
    }
  }
  return problems;
}

/** Every problem, one line each, naming the type and the field. */
export function neutronErrorDataProblems(data: unknown, options: NeutronValidateOptions = {}): string[] {
  const problems = schemaProblems(data);
  return problems.length ? problems : crossProblems(data as NeutronErrorData, options);
}

export function validateNeutronErrorData(data: unknown, options: NeutronValidateOptions = {}): NeutronErrorData {
  const message = firstProblem('neutron-errors.json', neutronErrorDataProblems(data, options));
  if (message) throw new DataContractError(message);
  return data as NeutronErrorData;
}
