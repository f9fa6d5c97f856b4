// Node only (importer, tests, build): Ajv compiles schemas with `new Function`, which the site's CSP forbids
// and which no page needs, so nothing that runs in the browser may import this module.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
// Relative: the Vite config loads this file, and the '@/' alias is not set up there.
import { DataContractError, firstProblem, locateIn, schemaErrorLines } from '../../../lib/schema-error-text';
import { errorCodesSchema, type ErrorCodeData } from './error-codes.schema';

export interface ValidateOptions {
  /** Lets our own texts (titles, meanings, actions, labels, area) be empty: for the importer, never the contract. */
  draft?: boolean;
}

const draftSchema = {
  ...errorCodesSchema,
  $defs: {
    ...errorCodesSchema.$defs,
    ourText: { type: 'string' },
    ourArea: { type: 'string', pattern: `^$|${errorCodesSchema.$defs.areaId.pattern}` },
  },
};

const compiled = new Map<boolean, ValidateFunction>();
function validatorFor(draft: boolean): ValidateFunction {
  let validate = compiled.get(draft);
  if (!validate) {
    validate = new Ajv2020({ allErrors: true, strict: true, verbose: true }).compile(
      draft ? draftSchema : errorCodesSchema,
    );
    compiled.set(draft, validate);
  }
  return validate;
}

/** "code VPC.0114" / "operation \"Creating a VPC\"" / "area \"vpc\"" and a field path, from a JSON pointer. */
const locate = locateIn({
  codes: { label: 'code', key: 'code' },
  operations: { label: 'operation', key: 'en', quoted: true },
  areas: { label: 'area', key: 'id', quoted: true },
});

function schemaProblems(data: unknown, draft: boolean): string[] {
  const validate = validatorFor(draft);
  if (validate(data)) return [];
  return schemaErrorLines(data, validate.errors ?? [], locate);
}

const occurrenceKey = (o: ErrorCodeData['codes'][number]['occurrences'][number]): string =>
  JSON.stringify([o.operation, o.statuses, o.message, o.earlierMessage ?? null]);

/** What the schema cannot say: uniqueness, order and cross-references. */
function crossProblems(d: ErrorCodeData, draft: boolean): string[] {
  const problems: string[] = [];
  const repeated = (values: string[]): string[] => [...new Set(values.filter((v, i) => values.indexOf(v) !== i))];
  for (const id of repeated(d.areas.map((a) => a.id))) problems.push(`area "${id}", field "id": defined twice`);
  for (const en of repeated(d.operations.map((o) => o.en)))
    problems.push(`operation "${en}", field "en": listed twice`);
  for (const code of repeated(d.codes.map((c) => c.code))) problems.push(`code ${code}, field "code": listed twice`);
  const codes = d.codes.map((c) => c.code);
  const sorted = [...codes].sort();
  const firstOut = codes.findIndex((c, i) => c !== sorted[i]);
  if (firstOut >= 0) problems.push(`code ${codes[firstOut] ?? ''}, field "code": codes must be sorted by code`);
  const operations = new Set(d.operations.map((o) => o.en));
  const areas = new Set(d.areas.map((a) => a.id));
  for (const c of d.codes) {
    c.occurrences.forEach((o, i) => {
      if (!operations.has(o.operation)) {
        problems.push(
          `code ${c.code}, field "occurrences[${String(i)}].operation": "${o.operation}" is not in operations`,
        );
      }
    });
    if (repeated(c.occurrences.map(occurrenceKey)).length) {
      problems.push(`code ${c.code}, field "occurrences": the same occurrence twice`);
    }
    c.occurrences.forEach((o, i) => {
      for (const field of ['message', 'earlierMessage'] as const) {
        const text = o[field];
        // A client receives one message per upstream paragraph: a break or a written "\n" joins two.
        if (text !== undefined && (/[\r\n]/.test(text) || text.includes('\\n')))
          problems.push(
            `code ${c.code}, field "occurrences[${String(i)}].${field}": holds two messages (a line break or a literal \\n)`,
          );
      }
    });
    const documented = new Set(c.occurrences.flatMap((o) => o.statuses.map(String)));
    for (const [status, retry] of Object.entries(c.retryByStatus ?? {})) {
      if (!documented.has(status))
        problems.push(`code ${c.code}, field "retryByStatus.${status}": ${status} is not a status of this code`);
      else if (retry === c.retry)
        problems.push(`code ${c.code}, field "retryByStatus.${status}": repeats the code's retry "${retry}"`);
    }
    c.observed?.forEach((o, i) => {
      if (documented.has(String(o.status)))
        problems.push(
          `code ${c.code}, field "observed[${String(i)}].status": ${String(o.status)} is documented; record only other statuses`,
        );
    });
    if (!(draft && c.area === '') && !areas.has(c.area)) {
      problems.push(`code ${c.code}, field "area": "${c.area}" is not one of the areas`);
    }
  }
  return problems;
}

/** Every problem, one line each, naming the code (or operation, area) and the field. */
export function errorCodeDataProblems(data: unknown, { draft = false }: ValidateOptions = {}): string[] {
  const problems = schemaProblems(data, draft);
  return problems.length ? problems : crossProblems(data as ErrorCodeData, draft);
}

export function validateErrorCodeData(data: unknown, options: ValidateOptions = {}): ErrorCodeData {
  const message = firstProblem('error-codes.json', errorCodeDataProblems(data, options));
  if (message) throw new DataContractError(message);
  return data as ErrorCodeData;
}
