/*
 * The JSON Schema of status-codes.json, written once: the build publishes it as
 * /status-codes.schema.json, Ajv validates the data against it (build and tests), and the TypeScript
 * types of the data are derived from it (status-codes.ts).
 */
export const statusCodesSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'status-codes.schema.json',
  title: 'VPC API status codes',
  description:
    "Every HTTP status code the VPC API documents, in Chinese (zh) and English (en). Fields marked as from the source are copied verbatim from the API reference's 状态码 page; the rest is editorial.",
  type: 'object',
  required: ['schemaVersion', 'tables', 'codes'],
  additionalProperties: false,
  properties: {
    $schema: {
      type: 'string',
    },
    schemaVersion: {
      const: 1,
      description: 'Bumped on any incompatible change to this format.',
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
              enum: ['not-needed', 'do-not-retry', 'after-fix', 'idempotent-with-backoff'],
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
            section: {
              type: 'string',
              pattern: '^15\\.\\d+\\.\\d+$',
            },
            url: {
              type: 'string',
              pattern: '^https://www\\.rfc-editor\\.org/rfc/rfc9110#status\\.\\d{3}$',
            },
          },
        },
        cacheableByDefault: {
          type: 'boolean',
          description: 'Heuristically cacheable by default (RFC 9110 §15.1).',
        },
        examples: {
          type: 'object',
          description: 'Illustrative error bodies (error codes only).',
          required: ['vpc', 'neutron'],
          additionalProperties: false,
          properties: {
            vpc: {
              type: 'object',
              required: ['code', 'message'],
              additionalProperties: false,
              properties: {
                code: {
                  $ref: '#/$defs/text',
                },
                message: {
                  $ref: '#/$defs/text',
                },
              },
            },
            neutron: {
              type: 'object',
              required: ['NeutronError'],
              additionalProperties: false,
              properties: {
                NeutronError: {
                  type: 'object',
                  required: ['type', 'message', 'detail'],
                  additionalProperties: false,
                  properties: {
                    type: {
                      $ref: '#/$defs/text',
                    },
                    message: {
                      $ref: '#/$defs/text',
                    },
                    detail: {
                      type: 'string',
                    },
                  },
                },
              },
            },
          },
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
