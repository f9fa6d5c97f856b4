// Node only (build, dev server, tests): Ajv compiles schemas with `new Function`, which the site's CSP forbids.
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
// Relative: the Vite config loads this file, and the '@/' alias is not set up there.
import { DataContractError, firstProblem, jsonAt, locateIn, schemaErrorLines } from '../../../lib/schema-error-text';
import type { ErrorExample, StatusCodeData } from './status-codes';
import { EXAMPLE_SHAPES, statusCodesSchema } from './status-codes.schema';

// The example branches are looked up in the same instance (exampleErrors), so both are kept.
let compiled: { ajv: Ajv2020; validate: ValidateFunction } | undefined;
function validator(): { ajv: Ajv2020; validate: ValidateFunction } {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true, strict: true, verbose: true });
    compiled = { ajv, validate: ajv.compile(statusCodesSchema) };
  }
  return compiled;
}

/** "code 404" / "table error" and a field path, from a JSON pointer. */
const locate = locateIn({ codes: { label: 'code', key: 'code' }, tables: { label: 'table', key: 'id' } });

/*
 * An example that fits none of the body shapes fails every branch of the schema's oneOf, and Ajv
 * reports them all. Checked again against the branch of the shape it names, it gets the complaints
 * that help ("field examples[1].body.error.code"), once per example.
 */
function exampleErrors(ajv: Ajv2020, data: unknown, errors: readonly ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  return errors.flatMap((error) => {
    const [pointer, codeIndex = '', exampleIndex = ''] =
      /^\/codes\/(\d+)\/examples\/(\d+)/.exec(error.instancePath) ?? [];
    if (pointer === undefined) return [error];
    if (seen.has(pointer)) return [];
    seen.add(pointer);
    const example = jsonAt(jsonAt(jsonAt(jsonAt(data, 'codes'), codeIndex), 'examples'), exampleIndex);
    const shape = jsonAt(example, 'shape');
    if (!(EXAMPLE_SHAPES as readonly unknown[]).includes(shape))
      return [
        { ...error, instancePath: `${pointer}/shape`, keyword: 'enum', params: { allowedValues: EXAMPLE_SHAPES } },
      ];
    const branch = ajv.getSchema(`${statusCodesSchema.$id}#/$defs/${String(shape)}Example`);
    if (!branch || branch(example)) return [error];
    return (branch.errors ?? []).map((e) => ({ ...e, instancePath: pointer + e.instancePath }));
  });
}

function schemaProblems(data: unknown): string[] {
  const { ajv, validate } = validator();
  if (validate(data)) return [];
  return schemaErrorLines(data, exampleErrors(ajv, data, validate.errors ?? []), locate);
}

/*
 * A provenance label says how a body was made, so it must agree with the source it cites: quoted bodies
 * come from a published page, bodies worked out from code cite the code, a filled-in template says
 * which values are examples, and an assembled body carries the documented code its source names.
 */
function provenanceProblem(example: ErrorExample): string | undefined {
  const published = /^https:\/\//.test(example.source);
  switch (example.provenance) {
    case 'verbatim':
      return published ? undefined : 'a verbatim body must cite the published page it is quoted from';
    case 'derived':
      return published ? 'a derived body must cite the code it was worked out from' : undefined;
    case 'template':
      return example.note ? undefined : 'a body from a template needs a note saying which values are examples';
    case 'assembled': {
      const code =
        example.shape === 'vpc'
          ? example.body.code
          : example.shape === 'errorCode'
            ? example.body.error_code
            : example.shape === 'apigw'
              ? example.body.error_code
              : undefined;
      if (code === undefined) return 'only a documented code and message can be assembled';
      return example.source.includes(code) ? undefined : `the source must name ${code}, the code it documents`;
    }
  }
}

/** What the schema cannot say: uniqueness, RFC links, provenance and cross-references. */
function crossProblems(d: StatusCodeData): string[] {
  const problems: string[] = [];
  const all = d.codes.map((e) => e.code);
  for (const code of new Set(all.filter((c, i) => all.indexOf(c) !== i)))
    problems.push(`code ${String(code)}, field "code": listed twice`);
  const codes = new Set(all);
  for (const e of d.codes) {
    const where = `code ${String(e.code)}`;
    const rfcUrl =
      e.rfc.number === 6585
        ? `https://www.rfc-editor.org/rfc/rfc6585#section-${e.rfc.section}`
        : `https://www.rfc-editor.org/rfc/rfc9110#status.${String(e.code)}`;
    if (e.rfc.url !== rfcUrl) problems.push(`${where}, field "rfc.url": must be ${rfcUrl}`);
    if ((e.inSource === false) !== (e.listedBy !== undefined))
      problems.push(`${where}, field "listedBy": required exactly when inSource is false`);
    e.examples?.forEach((example, i) => {
      const problem = provenanceProblem(example);
      if (problem) problems.push(`${where}, field "examples[${String(i)}].provenance": ${problem}`);
    });
    if (e.table === 'success' && e.examples)
      problems.push(`${where}, field "examples": error bodies on a success code`);
    e.examples?.forEach((example, i) => {
      // The token middleware only ever answers 401, and says so in its body.
      if (example.shape === 'keystone' && example.body.error.code !== e.code)
        problems.push(`${where}, field "examples[${String(i)}].body.error.code": must be this status`);
    });
    for (const r of e.related) {
      if (!codes.has(r) || r === e.code)
        problems.push(`${where}, field "related": ${String(r)} is not another known code`);
    }
  }
  return problems;
}

/** Every problem, one line each, naming the code (or table) and the field. */
export function statusCodeDataProblems(data: unknown): string[] {
  const problems = schemaProblems(data);
  return problems.length ? problems : crossProblems(data as StatusCodeData);
}

export function validateStatusCodeData(data: unknown): StatusCodeData {
  const message = firstProblem('status-codes.json', statusCodeDataProblems(data));
  if (message) throw new DataContractError(message);
  return data as StatusCodeData;
}
