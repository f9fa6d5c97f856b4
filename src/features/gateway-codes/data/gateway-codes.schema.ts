import type { FromSchema } from 'json-schema-to-ts';

/*
 * The one description of gateway-codes.json: Ajv validates with this object (validate.ts, node only) and
 * the TypeScript types below are derived from it, so the two cannot drift. Type-only imports cost a
 * browser bundle nothing.
 *
 * Facts from the upstream page: the code's number, each documented status with its message. Ours: the
 * titles, meanings, actions and the retry advice per documented response (one code can answer 400 or 502,
 * and only one of those is worth retrying unchanged).
 */

export const GATEWAY_STATUSES = [400, 401, 403, 404, 413, 414, 429, 494, 500, 502, 503, 504] as const;
/** The error-code catalogue's retry vocabulary (`errors.retry.*` strings). */
export const GATEWAY_RETRY_POLICIES = ['after-fix', 'with-backoff', 'no'] as const;
export const GATEWAY_CODE_PATTERN = '^APIGW\\.\\d{4}$';
export const DOCUMENTED_CODE_PATTERN = '^APIG\\.\\d{4}$';

export const gatewayCodesSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'gateway-codes.schema.json',
  title: 'API gateway error codes',
  type: 'object',
  required: ['schemaVersion', 'source', 'codes'],
  additionalProperties: false,
  properties: {
    $schema: { type: 'string', description: 'Where the published copy points at this schema.' },
    schemaVersion: { const: 1, description: 'Bumped on any incompatible change to this format.' },
    source: {
      type: 'object',
      required: ['title', 'topic', 'repository', 'path', 'revision', 'date', 'license', 'prefixSource'],
      additionalProperties: false,
      properties: {
        title: { $ref: '#/$defs/text' },
        topic: { $ref: '#/$defs/text' },
        repository: { type: 'string', pattern: '^[\\w.-]+/[\\w.-]+$' },
        path: { $ref: '#/$defs/text' },
        revision: { type: 'string', pattern: '^[0-9a-f]{40}$' },
        date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
        license: { $ref: '#/$defs/text' },
        prefixSource: {
          type: 'string',
          pattern: '^https://',
          description: 'Where the provider says that the cloud APIs answer with these codes as APIGW.xxxx.',
        },
      },
    },
    codes: {
      description: 'Sorted by code.',
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['code', 'documentedAs', 'title', 'meaning', 'action', 'responses'],
        additionalProperties: false,
        properties: {
          code: { type: 'string', pattern: GATEWAY_CODE_PATTERN, description: 'As the gateway sends it.' },
          documentedAs: {
            type: 'string',
            pattern: DOCUMENTED_CODE_PATTERN,
            description: 'As the upstream table writes it: the same number.',
          },
          title: { $ref: '#/$defs/localized' },
          meaning: { $ref: '#/$defs/localized' },
          action: { $ref: '#/$defs/localized' },
          responses: {
            description: 'The upstream rows for this code, in upstream order.',
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              required: ['status', 'message', 'retry'],
              additionalProperties: false,
              properties: {
                status: { enum: GATEWAY_STATUSES },
                message: { $ref: '#/$defs/text', description: 'Verbatim as documented.' },
                retry: { enum: GATEWAY_RETRY_POLICIES },
              },
            },
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
  },
} as const;

export type GatewayCodeData = FromSchema<typeof gatewayCodesSchema>;
export type GatewayCodeEntry = GatewayCodeData['codes'][number];
export type GatewayResponse = GatewayCodeEntry['responses'][number];
export type GatewayRetryPolicy = (typeof GATEWAY_RETRY_POLICIES)[number];
