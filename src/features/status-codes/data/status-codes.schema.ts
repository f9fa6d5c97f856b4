/*
 * The JSON Schema of status-codes.json, written once: the build publishes it as
 * /status-codes.schema.json, Ajv validates the data against it (build and tests), and the TypeScript
 * types of the data are derived from it (status-codes.ts).
 */

/** The retry advice of a status; `by-error-code` where the status alone cannot say (a 500 may be permanent). */
export const RETRY_POLICIES = [
  'not-needed',
  'do-not-retry',
  'after-fix',
  'idempotent-with-backoff',
  'by-error-code',
] as const;

/** Who writes an error body: each component that can answer with a status has its own format. */
export const EXAMPLE_SHAPES = ['vpc', 'errorCode', 'neutron', 'keystone', 'apigw'] as const;

/** How an example body was obtained, from strongest to weakest. */
export const PROVENANCES = ['verbatim', 'template', 'assembled', 'derived'] as const;

const VPC_CODE = { type: 'string', pattern: '^VPC\\.\\d{4}$' } as const;

/** One example body of one shape, with what every example carries. */
const exampleOf = <const Shape extends (typeof EXAMPLE_SHAPES)[number], Body extends object>(
  shape: Shape,
  body: Body,
) =>
  ({
    type: 'object',
    required: ['shape', 'provenance', 'source', 'body'],
    additionalProperties: false,
    properties: {
      shape: { const: shape },
      provenance: { enum: PROVENANCES },
      source: {
        $ref: '#/$defs/text',
        description: 'Where the body or its parts come from: a document URL, or repository, path and commit.',
      },
      note: { $ref: '#/$defs/localized', description: 'What a reader needs to know about this example.' },
      headers: {
        type: 'object',
        description: 'Response headers that belong with the body, e.g. WWW-Authenticate.',
        minProperties: 1,
        additionalProperties: { $ref: '#/$defs/text' },
      },
      body,
    },
  }) as const;

const object = <const Props extends Record<string, unknown>, const Req extends readonly (keyof Props & string)[]>(
  properties: Props,
  required: Req,
) => ({ type: 'object', required, additionalProperties: false, properties }) as const;

export const statusCodesSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'status-codes.schema.json',
  title: 'VPC API status codes',
  description:
    "The HTTP status codes documented for the VPC API, in Chinese (zh) and English (en). Fields marked as from the source are copied verbatim from the API reference's 状态码 page; the rest is editorial.",
  type: 'object',
  required: ['schemaVersion', 'tables', 'codes'],
  additionalProperties: false,
  properties: {
    $schema: {
      type: 'string',
    },
    schemaVersion: {
      const: 2,
      description: 'Bumped on any incompatible change to this format (2: examples became a list of typed bodies).',
    },
    source: {
      type: 'object',
      description: 'The upstream page the seed fields are copied from.',
      required: ['title', 'topic', 'sha256'],
      additionalProperties: false,
      properties: {
        title: { $ref: '#/$defs/text' },
        topic: { $ref: '#/$defs/text' },
        sha256: { type: 'string', pattern: '^[0-9a-f]{64}$', description: 'Of the copy last imported.' },
      },
    },
    tables: {
      type: 'array',
      minItems: 1,
      items: {
        $ref: '#/$defs/table',
      },
    },
    codes: {
      type: 'array',
      minItems: 1,
      items: {
        $ref: '#/$defs/code',
      },
    },
  },
  $defs: {
    example: {
      oneOf: [
        { $ref: '#/$defs/vpcExample' },
        { $ref: '#/$defs/errorCodeExample' },
        { $ref: '#/$defs/neutronExample' },
        { $ref: '#/$defs/keystoneExample' },
        { $ref: '#/$defs/apigwExample' },
      ],
    },
    vpcExample: {
      description: "The VPC API's own body, as on the API reference's error-code page.",
      ...exampleOf('vpc', object({ code: VPC_CODE, message: { $ref: '#/$defs/text' } }, ['code', 'message'])),
    },
    errorCodeExample: {
      description: "The newer body format the API reference's Response page describes (error_code, error_msg).",
      ...exampleOf(
        'errorCode',
        object({ error_code: VPC_CODE, error_msg: { $ref: '#/$defs/text' }, request_id: { $ref: '#/$defs/text' } }, [
          'error_code',
          'error_msg',
        ]),
      ),
    },
    neutronExample: {
      description: "The OpenStack Neutron-compatible API's NeutronError body.",
      ...exampleOf(
        'neutron',
        object(
          {
            NeutronError: object(
              { type: { $ref: '#/$defs/text' }, message: { $ref: '#/$defs/text' }, detail: { type: 'string' } },
              ['type', 'message', 'detail'],
            ),
          },
          ['NeutronError'],
        ),
      ),
    },
    keystoneExample: {
      description:
        'The body of the OpenStack token middleware (keystonemiddleware auth_token), which only answers 401.',
      ...exampleOf(
        'keystone',
        object(
          {
            error: object(
              { code: { const: 401 }, title: { const: 'Unauthorized' }, message: { $ref: '#/$defs/text' } },
              ['code', 'title', 'message'],
            ),
          },
          ['error'],
        ),
      ),
    },
    apigwExample: {
      description: "The API gateway's body, with its own APIGW error code.",
      ...exampleOf(
        'apigw',
        object(
          {
            error_code: { type: 'string', pattern: '^APIGW\\.\\d{4}$' },
            error_msg: { $ref: '#/$defs/text' },
            request_id: { $ref: '#/$defs/text' },
          },
          ['error_code', 'error_msg', 'request_id'],
        ),
      ),
    },
    text: {
      type: 'string',
      minLength: 1,
    },
    localized: {
      type: 'object',
      required: ['zh', 'en'],
      additionalProperties: false,
      properties: {
        zh: {
          $ref: '#/$defs/text',
        },
        en: {
          $ref: '#/$defs/text',
        },
      },
    },
    tableId: {
      enum: ['success', 'error'],
    },
    table: {
      type: 'object',
      required: ['id', 'caption', 'columns'],
      additionalProperties: false,
      properties: {
        id: {
          $ref: '#/$defs/tableId',
        },
        caption: {
          $ref: '#/$defs/localized',
          description: 'zh: from the source, verbatim.',
        },
        columns: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            required: ['key', 'label'],
            additionalProperties: false,
            properties: {
              key: {
                enum: ['code', 'type', 'description'],
              },
              label: {
                $ref: '#/$defs/localized',
              },
            },
          },
        },
      },
    },
    code: {
      type: 'object',
      required: [
        'code',
        'table',
        'reasonPhrase',
        'description',
        'meaning',
        'action',
        'rfc',
        'cacheableByDefault',
        'related',
      ],
      additionalProperties: false,
      properties: {
        code: {
          type: 'integer',
          minimum: 100,
          maximum: 599,
        },
        table: {
          $ref: '#/$defs/tableId',
          description: "The source page's table for the code's class; a code with inSource false is not in it.",
        },
        inSource: {
          const: false,
          description:
            "Present on a status this API returns that the source page's tables do not list; such an entry says who lists it in listedBy.",
        },
        listedBy: {
          type: 'object',
          description: 'For a status not in the source page: where it is documented.',
          required: ['source', 'label'],
          additionalProperties: false,
          properties: {
            source: {
              type: 'string',
              pattern: '^https://\\S+$',
              description: 'The document that lists the status for this API.',
            },
            label: { $ref: '#/$defs/localized', description: 'That document, named for a reader.' },
          },
        },
        reasonPhrase: {
          $ref: '#/$defs/text',
          description: 'From the source.',
        },
        description: {
          $ref: '#/$defs/localized',
          description: "zh: the source's 说明 cell, verbatim.",
        },
        meaning: {
          $ref: '#/$defs/localized',
          description: 'What the code means for a caller of this API.',
        },
        action: {
          type: 'object',
          required: ['kind', 'retry', 'text'],
          additionalProperties: false,
          properties: {
            kind: {
              enum: [
                'none',
                'fix-request',
                'reauthenticate',
                'check-permissions',
                'check-resource',
                'retry-later',
                'report',
              ],
            },
            retry: {
              enum: RETRY_POLICIES,
            },
            text: {
              $ref: '#/$defs/localized',
            },
          },
        },
        rfc: {
          type: 'object',
          required: ['section', 'url'],
          additionalProperties: false,
          properties: {
            number: {
              enum: [9110, 6585],
              description: 'The RFC that defines the status; absent means RFC 9110 (429 is defined by RFC 6585).',
            },
            section: {
              type: 'string',
              pattern: '^\\d+(\\.\\d+)*$',
            },
            url: {
              type: 'string',
              pattern: '^https://www\\.rfc-editor\\.org/rfc/rfc\\d+#(status\\.\\d{3}|section-\\d+(\\.\\d+)*)$',
            },
          },
        },
        cacheableByDefault: {
          type: 'boolean',
          description: 'Heuristically cacheable (RFC 9110 §15.1); never for 429 (RFC 6585 §4).',
        },
        examples: {
          type: 'array',
          minItems: 1,
          description:
            'Error bodies this status can come with on this API, in display order, each in the format of the component that sends it. Absent where no body is documented or can be traced in source code.',
          items: { $ref: '#/$defs/example' },
        },
        related: {
          type: 'array',
          items: {
            type: 'integer',
          },
          uniqueItems: true,
        },
      },
    },
  },
} as const;
