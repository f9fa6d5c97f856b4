import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
// Relative: the Vite config loads this file, and the '@/' alias is not set up there.
import { DataContractError } from '../../../lib/schema-error-text';
import type { ErrorExample, StatusCodeData } from './status-codes';
import { EXAMPLE_SHAPES, statusCodesSchema } from './status-codes.schema';

/*
 * Node only (build, dev server, tests): validates the data against its published schema, plus the
 * rules a schema cannot state. Messages name the code and the field, so a broken edit is found at once.
 */

const ajv = new Ajv2020({ allErrors: true });
const validateSchema = ajv.compile(statusCodesSchema);

/** "/codes/3/meaning/en" → "code 404, field meaning.en". */
function where(data: unknown, error: ErrorObject): string {
  const [top, index, ...field] = error.instancePath.split('/').slice(1);
  const codes = (data as { codes?: { code?: unknown }[] }).codes;
  if (top === 'codes' && index !== undefined) {
    const code = codes?.[Number(index)]?.code;
    const name = field.length ? field.join('.') : (error.params as { missingProperty?: string }).missingProperty;
    return `code ${String(code ?? `#${index}`)}, field "${name ?? '(entry)'}"`;
  }
  return `${error.instancePath || 'root'}`;
}

/*
 * An example that fits none of the body shapes fails every branch of the schema's oneOf, and Ajv
 * reports them all. Checked again against the branch of the shape it names, it gets the one
 * complaint that helps ("field examples.1.body.error.code").
 */
function exampleError(data: unknown, error: ErrorObject): ErrorObject {
  const match = /^\/codes\/(\d+)\/examples\/(\d+)/.exec(error.instancePath);
  if (!match) return error;
  const codes = (data as { codes?: { examples?: { shape?: unknown }[] }[] }).codes;
  const example = codes?.[Number(match[1])]?.examples?.[Number(match[2])];
  const shape = example?.shape;
  const at = match[0];
  if (!EXAMPLE_SHAPES.some((s) => s === shape))
    return { ...error, instancePath: `${at}/shape`, keyword: 'enum', params: { allowedValues: EXAMPLE_SHAPES } };
  const branch = ajv.getSchema(`${statusCodesSchema.$id}#/$defs/${String(shape)}Example`);
  if (!branch || branch(example)) return error;
  const [first] = branch.errors ?? [];
  return first ? { ...first, instancePath: at + first.instancePath } : error;
}

/** Ajv's wording where a reader wants the plain one. */
function reason(error: ErrorObject): string {
  if (error.keyword === 'minLength' || error.keyword === 'required') return 'missing or empty';
  if (error.keyword === 'enum')
    return `must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
  return error.message ?? 'invalid';
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

export function validateStatusCodeData(data: unknown): StatusCodeData {
  const fail = (message: string): never => {
    throw new DataContractError(`status-codes.json: ${message}`);
  };
  if (!validateSchema(data)) {
    const [first] = validateSchema.errors ?? [];
    const error = first && exampleError(data, first);
    fail(error ? `${where(data, error)}: ${reason(error)}` : 'invalid');
  }
  const valid = data as StatusCodeData;
  const codes = new Set<number>();
  for (const e of valid.codes) {
    if (codes.has(e.code)) fail(`code ${String(e.code)}, field "code": duplicate code`);
    codes.add(e.code);
  }
  for (const e of valid.codes) {
    const at = `code ${String(e.code)}`;
    const rfcUrl =
      e.rfc.number === 6585
        ? `https://www.rfc-editor.org/rfc/rfc6585#section-${e.rfc.section}`
        : `https://www.rfc-editor.org/rfc/rfc9110#status.${String(e.code)}`;
    if (e.rfc.url !== rfcUrl) fail(`${at}, field "rfc.url": must be ${rfcUrl}`);
    if ((e.inSource === false) !== (e.listedBy !== undefined))
      fail(`${at}, field "listedBy": required exactly when inSource is false`);
    e.examples?.forEach((example, i) => {
      const problem = provenanceProblem(example);
      if (problem) fail(`${at}, field "examples.${String(i)}.provenance": ${problem}`);
    });
    if (e.table === 'success' && e.examples) fail(`${at}, field "examples": error bodies on a success code`);
    e.examples?.forEach((example, i) => {
      // The token middleware only ever answers 401, and says so in its body.
      if (example.shape === 'keystone' && example.body.error.code !== e.code)
        fail(`${at}, field "examples.${String(i)}.body.error.code": must be this status`);
    });
    for (const r of e.related) {
      if (!codes.has(r) || r === e.code) fail(`${at}, field "related": ${String(r)} is not another known code`);
    }
  }
  return valid;
}
