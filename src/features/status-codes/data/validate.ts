import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import type { StatusCodeData } from './status-codes';
import { statusCodesSchema } from './status-codes.schema';

/*
 * Node only (build, dev server, tests): validates the data against its published schema, plus the
 * rules a schema cannot state. Messages name the code and the field, so a broken edit is found at once.
 */

export class DataContractError extends Error {}

const validateSchema = new Ajv2020({ allErrors: true }).compile(statusCodesSchema);

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

/** Ajv's wording where a reader wants the plain one. */
function reason(error: ErrorObject): string {
  if (error.keyword === 'minLength' || error.keyword === 'required') return 'missing or empty';
  if (error.keyword === 'enum')
    return `must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
  return error.message ?? 'invalid';
}

export function validateStatusCodeData(data: unknown): StatusCodeData {
  const fail = (message: string): never => {
    throw new DataContractError(`status-codes.json: ${message}`);
  };
  if (!validateSchema(data)) {
    const [first] = validateSchema.errors ?? [];
    fail(first ? `${where(data, first)}: ${reason(first)}` : 'invalid');
  }
  const valid = data as StatusCodeData;
  const codes = new Set<number>();
  for (const e of valid.codes) {
    if (codes.has(e.code)) fail(`code ${String(e.code)}, field "code": duplicate code`);
    codes.add(e.code);
  }
  for (const e of valid.codes) {
    const at = `code ${String(e.code)}`;
    if (e.rfc.url !== `https://www.rfc-editor.org/rfc/rfc9110#status.${String(e.code)}`)
      fail(`${at}, field "rfc.url": must be the RFC 9110 status anchor for this code`);
    if (e.table === 'error' && !e.examples) fail(`${at}, field "examples": missing`);
    for (const r of e.related) {
      if (!codes.has(r) || r === e.code) fail(`${at}, field "related": ${String(r)} is not another known code`);
    }
  }
  return valid;
}
