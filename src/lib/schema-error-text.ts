/*
 * How the data modules' validators (the `data/validate.ts` of each feature) word one JSON Schema error for a
 * person fixing the file: the field it is about, and why, in the same words for every data module; and
 * the one error they fail with.
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

/**
 * One line per schema error, `where, field "name": why`, once per place and field (a validator may
 * report one mistake several times). `locate` names the entry (a code, a type) and the field path.
 */
export function schemaErrorLines(
  data: unknown,
  errors: readonly (SchemaError & { instancePath: string })[],
  locate: (data: unknown, pointer: string) => { where: string; field: string },
): string[] {
  const lines = new Map<string, string>();
  for (const error of errors) {
    const { where, field } = locate(data, error.instancePath);
    const { extra, why } = describeSchemaError(error);
    const name = [field, extra].filter(Boolean).join('.');
    const key = `${where}|${name}`;
    if (!lines.has(key)) lines.set(key, `${where}, field "${name || '(value)'}": ${why}`);
  }
  return [...lines.values()];
}

/*
 * One class for every data module, so the build, the importer and the tests catch a broken file the same
 * way whichever file it is; the message names the file.
 */
export class DataContractError extends Error {
  override name = 'DataContractError';
}

/** The message a broken data file fails the build with: its first problem, and how many more there are. */
export function firstProblem(file: string, problems: readonly string[]): string | undefined {
  const [first, ...more] = problems;
  if (first === undefined) return undefined;
  return `${file}: ${first}${more.length ? ` (and ${String(more.length)} more)` : ''}`;
}

type Json = Record<string, unknown> | unknown[] | undefined;

/** A value inside parsed JSON by key or index, or undefined: for naming what a schema error points at. */
export const jsonAt = (value: unknown, key: string): Json => (value as Record<string, Json> | undefined)?.[key];

/** How the entries of one top-level list are named in a message: "code 404", `operation "Creating a VPC"`. */
export interface ListNaming {
  label: string;
  /** The entry's field that names it. */
  key: string;
  /** Written in quotes (names with spaces). */
  quoted?: boolean;
}

/**
 * A `locate` for `schemaErrorLines`: an entry of one of `lists` is named by its key (or its position
 * when that is missing), and the field path is written as `examples[1].body`.
 */
export function locateIn(lists: Record<string, ListNaming>) {
  return (data: unknown, pointer: string): { where: string; field: string } => {
    const [top = '', index = '', ...rest] = pointer.split('/').slice(1);
    const naming = lists[top];
    const name = naming && jsonAt(jsonAt(jsonAt(data, top), index), naming.key);
    const named = typeof name === 'number' || (typeof name === 'string' && name !== '');
    const where =
      naming && index
        ? `${naming.label} ${named ? (naming.quoted ? JSON.stringify(name) : String(name)) : `#${String(Number(index) + 1)}`}`
        : top || 'root';
    const field = (naming ? rest : [index, ...rest])
      .filter((s) => s !== '')
      .map((s) => (/^\d+$/.test(s) ? `[${s}]` : `.${s}`))
      .join('')
      .replace(/^\./, '');
    return { where, field };
  };
}
