import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import {
  errorCodesSchema,
  type ErrorCodeData,
  type RetryPolicy,
} from '../../../src/features/error-codes/data/error-codes.schema';
import { errorCodeDataProblems } from '../../../src/features/error-codes/data/validate';
import { formatLikeTheRepo, readDocument, readJson, shown, writeAtomically } from '../files';
import { ImportError } from '../import-error';
import { checked, ERROR_CODE_DATA } from './importer';

/*
 * Merges our texts, written apart from the importer, into error-codes.json:
 *   { areas: { id: { en, zh } }, operations: { "<upstream module>": zh },
 *     codes: { "VPC.0002": { area, title, meaning, action, retry } } }
 * A guidance file may cover part of the data; what it names must exist and be complete.
 */

const USAGE = 'usage: tsx scripts/import/error-codes/apply-guidance.ts <guidance.json> [--data <error-codes.json>]';
const { $defs } = errorCodesSchema;

const guidanceSchema = {
  type: 'object',
  required: ['areas', 'operations', 'codes'],
  additionalProperties: false,
  properties: {
    areas: {
      type: 'object',
      propertyNames: { pattern: $defs.areaId.pattern },
      additionalProperties: { $ref: '#/$defs/ourLocalized' },
    },
    operations: { type: 'object', additionalProperties: { $ref: '#/$defs/ourText' } },
    codes: {
      type: 'object',
      propertyNames: { pattern: errorCodesSchema.properties.codes.items.properties.code.pattern },
      additionalProperties: {
        type: 'object',
        required: ['area', 'title', 'meaning', 'action', 'retry'],
        additionalProperties: false,
        properties: {
          area: { $ref: '#/$defs/areaId' },
          title: { $ref: '#/$defs/ourLocalized' },
          meaning: { $ref: '#/$defs/ourLocalized' },
          action: { $ref: '#/$defs/ourLocalized' },
          retry: errorCodesSchema.properties.codes.items.properties.retry,
        },
      },
    },
  },
  $defs,
};

interface Localized {
  en: string;
  zh: string;
}
export interface Guidance {
  areas: Record<string, Localized>;
  operations: Record<string, string>;
  codes: Record<string, { area: string; title: Localized; meaning: Localized; action: Localized; retry: RetryPolicy }>;
}

function checkGuidance(value: unknown, file: string): Guidance {
  const validate: ValidateFunction = new Ajv2020({ allErrors: true, strict: true }).compile(guidanceSchema);
  if (!validate(value)) {
    const [first] = validate.errors ?? [];
    const where = first?.instancePath || '/';
    throw new ImportError(file, `not a guidance file: ${where} ${first?.message ?? 'is invalid'}`);
  }
  return value as Guidance;
}

/** Our texts from `guidance` over `data`; throws an ImportError naming anything that does not fit. */
export function applyGuidance(data: ErrorCodeData, guidance: Guidance, file: string): ErrorCodeData {
  const known = new Set(data.codes.map((c) => c.code));
  const unknownCode = Object.keys(guidance.codes).find((code) => !known.has(code));
  if (unknownCode) throw new ImportError(file, `code ${unknownCode} is not in the data module`);
  const operations = new Set(data.operations.map((o) => o.en));
  const unknownOperation = Object.keys(guidance.operations).find((en) => !operations.has(en));
  if (unknownOperation)
    throw new ImportError(file, `operation ${JSON.stringify(unknownOperation)} is not in the data module`);
  const areas = data.areas.map((a) => ({ ...a, label: guidance.areas[a.id] ?? a.label }));
  for (const [id, label] of Object.entries(guidance.areas))
    if (!areas.some((a) => a.id === id)) areas.push({ id, label });
  return {
    ...data,
    areas,
    operations: data.operations.map((o) => ({ ...o, zh: guidance.operations[o.en] ?? o.zh })),
    codes: data.codes.map((c) => ({ ...c, ...guidance.codes[c.code] })),
  };
}

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}
const consoleIo: Io = { out: (l) => console.log(l), err: (l) => console.error(l) };

export async function main(argv: string[], io: Io = consoleIo): Promise<number> {
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: argv, options: { data: { type: 'string' } }, allowPositionals: true });
    } catch (e) {
      throw new ImportError('apply-guidance', `${(e as Error).message} (${USAGE})`);
    }
    const [guidancePath, ...extra] = parsed.positionals;
    if (!guidancePath || extra.length) throw new ImportError('apply-guidance', `one guidance file expected (${USAGE})`);
    const dataPath = path.resolve(parsed.values.data ?? ERROR_CODE_DATA);
    let guidanceJson: unknown;
    try {
      guidanceJson = JSON.parse(readDocument(guidancePath)) as unknown;
    } catch (e) {
      if (e instanceof ImportError) throw e;
      throw new ImportError(guidancePath, `not JSON: ${(e as Error).message}`);
    }
    const guidance = checkGuidance(guidanceJson, guidancePath);
    const data = checked(readJson(dataPath), dataPath, 'the data module is invalid');
    const merged = applyGuidance(data, guidance, guidancePath);
    checked(merged, guidancePath, 'the merged data would be invalid');
    writeAtomically(dataPath, await formatLikeTheRepo(merged, dataPath));
    const missing = errorCodeDataProblems(merged);
    const counts = `${String(Object.keys(guidance.areas).length)} areas, ${String(Object.keys(guidance.operations).length)} operations, ${String(Object.keys(guidance.codes).length)} codes`;
    io.out(
      `apply-guidance: merged ${counts} from ${guidancePath} into ${shown(dataPath)}: ` +
        (missing.length ? `${String(missing.length)} fields still to write, first ${missing[0] ?? ''}` : 'complete'),
    );
    return 0;
  } catch (e) {
    if (!(e instanceof ImportError)) throw e;
    io.err(`apply-guidance: error: ${e.message}`);
    return 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
