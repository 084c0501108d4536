import { projectJsonSubmission } from './submission-schema';

/** The schemas ingest's OpenAPI document refers to (`#/components/...`). */
export function ingestComponents() {
  return {
    securitySchemes: {
      bearer: { type: 'http', scheme: 'bearer', description: 'A source API key' },
      apiKey: { type: 'apiKey', in: 'header', name: 'X-Api-Key' },
    },
    schemas: {
      // Generated from the ArticleSubmission class (schemas/http/, tools/contracts/write-schemas.ts).
      ArticleSubmission: projectJsonSubmission(),
      Accepted: {
        type: 'object',
        properties: {
          status: { enum: ['accepted', 'duplicate'] },
          id: { type: 'string', format: 'uuid', description: 'Article id (stable across versions; the Kafka key)' },
          eventId: { type: 'string', format: 'uuid' },
          correlationId: { type: 'string' },
        },
      },
      BatchResult: {
        type: 'object',
        properties: {
          status: { enum: ['accepted', 'partial', 'duplicate'] },
          accepted: {
            type: 'array',
            items: {
              allOf: [
                { $ref: '#/components/schemas/Accepted' },
                { type: 'object', properties: { index: { type: 'integer' } } },
              ],
            },
          },
          rejected: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                index: { type: 'integer' },
                statusCode: { type: 'integer' },
                errors: { type: 'array', items: { $ref: '#/components/schemas/FieldError' } },
              },
            },
          },
        },
      },
      FieldError: {
        type: 'object',
        properties: { field: { type: 'string' }, messages: { type: 'array', items: { type: 'string' } } },
      },
      Error: {
        type: 'object',
        required: ['statusCode', 'message'],
        properties: {
          statusCode: { type: 'integer' },
          error: { type: 'string' },
          message: { type: 'string' },
          errors: { type: 'array', items: { $ref: '#/components/schemas/FieldError' } },
        },
      },
    },
  };
}
