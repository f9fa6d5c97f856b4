import type { FromSchema } from 'json-schema-to-ts';

/*
 * The one description of neutron-errors.json: Ajv validates with this object (validate.ts, node only) and
 * the TypeScript types below are derived from it. Facts (type, status, template, source) come from
 * neutron-lib, Neutron and oslo.policy at the revisions in `sources`; titles, meanings, actions and the
 * related VPC codes are this project's own.
 */

/** The base classes of neutron-lib's FAULT_MAP (neutron_lib/api/faults.py), whose status a type takes. */
export const FAULT_BASES = [
  'BadRequest',
  'NotAuthorized',
  'PolicyNotAuthorized',
  'NotFound',
  'Conflict',
  'InUse',
  'ServiceUnavailable',
] as const;
export type FaultBase = (typeof FAULT_BASES)[number];
export const NEUTRON_STATUSES = [400, 403, 404, 409, 503] as const;
/** The same words as the error-code catalogue's retry advice. */
export const NEUTRON_RETRY_POLICIES = ['after-fix', 'with-backoff', 'no'] as const;
/** A Python class name as Neutron sends it in `NeutronError.type`. */
export const TYPE_PATTERN = '^[A-Z][A-Za-z0-9]+$';
/** A `%(name)s` placeholder of a message template. */
export const PLACEHOLDER = /%\((\w+)\)s/g;

export const neutronErrorsSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'neutron-errors.schema.json',
  title: 'Neutron-compatible API error types',
  type: 'object',
  required: ['schemaVersion', 'sources', 'faultMap', 'types'],
  additionalProperties: false,
  properties: {
    $schema: { type: 'string', description: 'Where the published copy points at this schema.' },
    schemaVersion: { const: 1, description: 'Bumped on any incompatible change to this format.' },
    sources: {
      description: 'The repositories the facts come from, at the revision read.',
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['id', 'repository', 'revision', 'date', 'license'],
        additionalProperties: false,
        properties: {
          id: { $ref: '#/$defs/text' },
          repository: { $ref: '#/$defs/repository' },
          revision: { $ref: '#/$defs/commit' },
          date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
          license: { $ref: '#/$defs/text' },
        },
      },
    },
    faultMap: { $ref: '#/$defs/source', description: 'Where the base classes are mapped to HTTP statuses.' },
    types: {
      description: 'Sorted by type.',
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: [
          'type',
          'status',
          'faultBase',
          'template',
          'source',
          'title',
          'meaning',
          'action',
          'retry',
          'related',
        ],
        additionalProperties: false,
        properties: {
          type: { type: 'string', pattern: TYPE_PATTERN },
          status: { enum: NEUTRON_STATUSES },
          faultBase: { enum: FAULT_BASES, description: 'The FAULT_MAP class this type derives from.' },
          template: { $ref: '#/$defs/text', description: 'The class message, verbatim, with its placeholders.' },
          source: { $ref: '#/$defs/source' },
          title: { $ref: '#/$defs/localized' },
          meaning: { $ref: '#/$defs/localized' },
          action: { $ref: '#/$defs/localized' },
          retry: { enum: NEUTRON_RETRY_POLICIES },
          related: {
            description: 'VPC error codes (error-codes.json) for the same condition.',
            type: 'array',
            uniqueItems: true,
            items: { type: 'string', pattern: '^VPC\\.\\d{4}$' },
          },
        },
      },
    },
  },
  $defs: {
    text: { type: 'string', minLength: 1, pattern: '\\S' },
    localized: {
      type: 'object',
      required: ['en', 'zh'],
      additionalProperties: false,
      properties: { en: { $ref: '#/$defs/text' }, zh: { $ref: '#/$defs/text' } },
    },
    repository: { type: 'string', pattern: '^[\\w.-]+/[\\w.-]+$' },
    commit: { type: 'string', pattern: '^[0-9a-f]{40}$' },
    source: {
      type: 'object',
      required: ['repository', 'path', 'commit'],
      additionalProperties: false,
      properties: {
        repository: { $ref: '#/$defs/repository' },
        path: { $ref: '#/$defs/text' },
        commit: { $ref: '#/$defs/commit' },
      },
    },
  },
} as const;

export type NeutronErrorData = FromSchema<typeof neutronErrorsSchema>;
export type NeutronErrorEntry = NeutronErrorData['types'][number];
export type NeutronStatus = (typeof NEUTRON_STATUSES)[number];
export type NeutronRetryPolicy = (typeof NEUTRON_RETRY_POLICIES)[number];

/** The HTTP status FAULT_MAP gives each base class (webob's HTTPBadRequest, HTTPForbidden, …). */
export const FAULT_STATUS: Record<FaultBase, NeutronStatus> = {
  BadRequest: 400,
  NotAuthorized: 403,
  PolicyNotAuthorized: 403,
  NotFound: 404,
  Conflict: 409,
  InUse: 409,
  ServiceUnavailable: 503,
};

/** The placeholder names of a template, in order of appearance. */
export const placeholdersOf = (template: string): string[] => [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!);
