/*
 * How the data modules' validators (the `data/validate.ts` of each feature) word one JSON Schema error for a
 * person fixing the file: the field it is about, and why, in the same words for every data module.
 */

/** The parts of a schema validator's error (Ajv's `ErrorObject`) that the wording needs. */
export interface SchemaError {
  keyword: string;
  params: object;
  data?: unknown;
  message?: string;
}

export function describeSchemaError(error: SchemaError): { extra: string; why: string } {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { extra: String(p.missingProperty), why: 'missing' };
    case 'additionalProperties':
      return { extra: String(p.additionalProperty), why: 'unknown field' };
    case 'enum':
      return { extra: '', why: `must be one of ${(p.allowedValues as unknown[]).join(', ')}` };
    case 'minLength':
      return { extra: '', why: 'missing or empty' };
    case 'pattern':
      // An empty or blank string breaks every pattern here; "missing" says what to do about it.
      return {
        extra: '',
        why: String(error.data).trim() === '' ? 'missing or empty' : `must match ${String(p.pattern)}`,
      };
    default:
      return { extra: '', why: error.message ?? error.keyword };
  }
}
