import type { FromSchema } from 'json-schema-to-ts';

/*
 * The one description of error-codes.json: Ajv validates with this object (validate.ts, node only) and the
 * TypeScript types below are derived from it, so the two cannot drift. Type-only imports of this module
 * cost a browser bundle nothing; the object itself is plain data.
 *
 * Facts from the upstream page (codes, occurrences, operation names) are always required to be non-empty.
 * Our own texts go through `$defs.ourText` and `$defs.ourArea`, which the validator's draft mode relaxes so
 * the importer can add a new code before anyone has written about it.
 */

export const STATUSES = [200, 400, 401, 403, 404, 409, 500] as const;
export const RETRY_POLICIES = ['after-fix', 'with-backoff', 'no'] as const;
export const CODE_PATTERN = '^VPC\\.\\d{4}$';

export const errorCodesSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'error-codes.schema.json',
  title: 'VPC API error codes',
  type: 'object',
  required: ['schemaVersion', 'source', 'areas', 'operations', 'codes'],
  additionalProperties: false,
  properties: {
    $schema: { type: 'string', description: 'Where the published copy points at this schema.' },
    schemaVersion: { const: 1, description: 'Bumped on any incompatible change to this format.' },
    source: {
      type: 'object',
      required: ['title', 'topic', 'repository', 'path', 'revision', 'date', 'license'],
      additionalProperties: false,
      properties: {
        title: { $ref: '#/$defs/text' },
        topic: { $ref: '#/$defs/text' },
        repository: { type: 'string', pattern: '^[\\w.-]+/[\\w.-]+$' },
        path: { $ref: '#/$defs/text' },
        revision: { $ref: '#/$defs/commit' },
        date: { $ref: '#/$defs/date' },
        earlierRevision: { $ref: '#/$defs/commit' },
        earlierDate: { $ref: '#/$defs/date' },
        license: { $ref: '#/$defs/text' },
      },
    },
    areas: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'label'],
        additionalProperties: false,
        properties: { id: { $ref: '#/$defs/areaId' }, label: { $ref: '#/$defs/ourLocalized' } },
      },
    },
    operations: {
      description: 'The upstream Module column in order of first appearance; en is upstream, zh is ours.',
      type: 'array',
      items: {
        type: 'object',
        required: ['en', 'zh'],
        additionalProperties: false,
        properties: { en: { $ref: '#/$defs/text' }, zh: { $ref: '#/$defs/ourText' } },
      },
    },
    codes: {
      description: 'Sorted by code.',
      type: 'array',
      items: {
        type: 'object',
        required: ['code', 'area', 'title', 'meaning', 'action', 'retry', 'occurrences'],
        additionalProperties: false,
        properties: {
          code: { type: 'string', pattern: CODE_PATTERN },
          area: { $ref: '#/$defs/ourArea' },
          title: { $ref: '#/$defs/ourLocalized' },
          meaning: { $ref: '#/$defs/ourLocalized' },
          action: { $ref: '#/$defs/ourLocalized' },
          retry: {
            enum: RETRY_POLICIES,
            description: 'For every status of the code unless retryByStatus says otherwise.',
          },
          retryByStatus: {
            description:
              'Where one status of the code calls for other advice than the rest (a 404 that is permanent beside a 500 worth retrying): the retry policy for that status.',
            type: 'object',
            minProperties: 1,
            propertyNames: { pattern: '^\\d{3}$' },
            additionalProperties: { enum: RETRY_POLICIES },
          },
          observed: {
            description:
              'Responses seen in public reports with a status the API reference does not list for this code, each with its source.',
            type: 'array',
            minItems: 1,
            items: { $ref: '#/$defs/observation' },
          },
          occurrences: {
            description: 'The upstream rows for this code, in upstream order; identical rows appear once.',
            type: 'array',
            minItems: 1,
            items: { $ref: '#/$defs/occurrence' },
          },
        },
      },
    },
  },
  $defs: {
    text: { type: 'string', minLength: 1, pattern: '\\S' },
    ourText: { type: 'string', minLength: 1, pattern: '\\S' },
    ourLocalized: {
      type: 'object',
      required: ['en', 'zh'],
      additionalProperties: false,
      properties: { en: { $ref: '#/$defs/ourText' }, zh: { $ref: '#/$defs/ourText' } },
    },
    areaId: { type: 'string', pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)*$' },
    ourArea: { $ref: '#/$defs/areaId' },
    commit: { type: 'string', pattern: '^[0-9a-f]{40}$' },
    date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
    observation: {
      type: 'object',
      required: ['status', 'request', 'message', 'source'],
      additionalProperties: false,
      properties: {
        status: { type: 'integer', minimum: 100, maximum: 599 },
        request: {
          $ref: '#/$defs/text',
          description: 'Method and path of the request, as the report shows it, with IDs replaced by {placeholders}.',
        },
        message: { $ref: '#/$defs/text', description: 'The message the response carried, verbatim.' },
        source: { type: 'string', pattern: '^https://\\S+$', description: 'Where the response is published.' },
      },
    },
    occurrence: {
      type: 'object',
      required: ['operation', 'statuses', 'message'],
      additionalProperties: false,
      properties: {
        operation: { $ref: '#/$defs/text' },
        statuses: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: STATUSES } },
        message: { $ref: '#/$defs/text', description: 'Verbatim as the API returns it.' },
        earlierMessage: {
          $ref: '#/$defs/text',
          description: "The earlier revision's wording, present only where it differs.",
        },
      },
    },
  },
} as const;

export type ErrorCodeData = FromSchema<typeof errorCodesSchema>;
export type ErrorCodeEntry = ErrorCodeData['codes'][number];
export type Occurrence = ErrorCodeEntry['occurrences'][number];
export type Observation = NonNullable<ErrorCodeEntry['observed']>[number];
export type Operation = ErrorCodeData['operations'][number];
export type Area = ErrorCodeData['areas'][number];
export type Status = (typeof STATUSES)[number];
export type RetryPolicy = (typeof RETRY_POLICIES)[number];
