import { MEDIA_TYPES } from '@news/wire-formats';
import { EXAMPLES } from './examples';
import { ingestComponents } from './components';

const error = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});
const retryAfter = { 'Retry-After': { description: 'Seconds to wait before retrying', schema: { type: 'integer' } } };
const xmlString = (example: string) => ({ schema: { type: 'string' }, example });

/**
 * Ingest's OpenAPI 3.1 document, written by hand: one endpoint reads eight
 * media types from the raw body, which decorators describe poorly. The
 * committed apps/ingest/openapi.json is this document (a unit test keeps them equal).
 */
export function ingestOpenApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'news-pipeline ingest',
      version: '1.0.0',
      description:
        'Push articles in the project JSON (one, array, NDJSON), ninjs 1.x-3.x, NewsML-G2, NewsML 1.x, ' +
        'NITF, RSS 2.0, Atom, e-mail, ' +
        'ANPA 1312, IPTC 7901, AP Media API JSON, HTML or plain text. X-Wire-Format, else the Content-Type, ' +
        'else the first bytes decide the reader. ' +
        '202 only once Kafka acknowledged every published article. See docs/ingest.md.',
    },
    servers: [{ url: 'http://localhost:3000' }],
    security: [{ bearer: [] }, { apiKey: [] }],
    paths: {
      '/v1/articles': {
        post: {
          operationId: 'pushArticles',
          summary: 'Push one article or a batch',
          parameters: [
            {
              name: 'X-Source-Id',
              in: 'header',
              schema: { type: 'string' },
              description: "The source pushing (must be the API key's own; optional with a key)",
            },
            { name: 'source', in: 'query', schema: { type: 'string' }, description: 'Same as X-Source-Id' },
            {
              name: 'X-Signature-256',
              in: 'header',
              schema: { type: 'string', pattern: '^sha256=[0-9a-f]{64}$' },
              description:
                'For sources with an hmacSecret: HMAC-SHA256 of the canonical request (method, path, sorted ' +
                'query, the metadata headers, X-Signature-Timestamp, SHA-256 of the body; docs/ingest.md ' +
                '"Signed pushes")',
            },
            {
              name: 'X-Signature-Timestamp',
              in: 'header',
              schema: { type: 'string', pattern: '^[0-9]{1,12}$' },
              description: 'Unix seconds of signing; refused beyond INGEST_SIGNATURE_WINDOW_SECONDS either way',
            },
            {
              name: 'Idempotency-Key',
              in: 'header',
              schema: { type: 'string', maxLength: 255 },
              description:
                'A retry with the same key and request (method, path, query, metadata headers, body) ' +
                'replays the first answer (200, Idempotent-Replayed: true); the key with a different request ' +
                'is a 422',
            },
            { name: 'X-Correlation-Id', in: 'header', schema: { type: 'string', pattern: '^[A-Za-z0-9._:-]{1,128}$' } },
            {
              name: 'X-Article-Url',
              in: 'header',
              schema: { type: 'string' },
              description: 'HTML / plain text: the article URL (or ?url=)',
            },
            {
              name: 'X-Article-Title',
              in: 'header',
              schema: { type: 'string' },
              description: 'HTML / plain text: the title, percent-encoded (or ?title=)',
            },
            {
              name: 'X-External-Id',
              in: 'header',
              schema: { type: 'string' },
              description: "HTML / plain text: the source's id of the story (or ?externalId=)",
            },
            {
              name: 'Content-Language',
              in: 'header',
              schema: { type: 'string' },
              description: 'HTML / plain text: the language (or ?language=)',
            },
            {
              name: 'X-Wire-Format',
              in: 'header',
              schema: { type: 'string' },
              description:
                'Names the format when the Content-Type does not (see docs/ingest.md for the names); wins ' +
                'over the Content-Type',
            },
            {
              name: 'X-Published-At',
              in: 'header',
              schema: { type: 'string', format: 'date-time' },
              description: 'HTML / plain text: publication time (or ?publishedAt=)',
            },
          ],
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  oneOf: [
                    { $ref: '#/components/schemas/ArticleSubmission' },
                    { type: 'array', items: { $ref: '#/components/schemas/ArticleSubmission' } },
                  ],
                },
                examples: { one: { value: EXAMPLES.json }, batch: { value: EXAMPLES.jsonBatch } },
              },
              [MEDIA_TYPES.ndjson[0]]: { schema: { type: 'string' }, example: EXAMPLES.ndjson },
              [MEDIA_TYPES.ninjs[0]]: {
                schema: { type: 'object', description: 'ninjs 2.x document, or an array of them' },
                example: EXAMPLES.ninjs,
              },
              [MEDIA_TYPES['newsml-g2'][0]]: xmlString(EXAMPLES.newsml),
              [MEDIA_TYPES['newsml-g2'][1]]: {
                schema: {
                  type: 'string',
                  description: 'newsMessage: every newsItem of the itemSet becomes an article',
                },
              },
              [MEDIA_TYPES['newsml-g2'][2]]: {
                schema: {
                  type: 'string',
                  description: 'packageItem: itemRefs with a title and description become articles',
                },
              },
              [MEDIA_TYPES.nitf[0]]: xmlString(EXAMPLES.nitf),
              [MEDIA_TYPES.newsml1[0]]: xmlString(EXAMPLES.newsml1),
              [MEDIA_TYPES.email[0]]: {
                schema: {
                  type: 'string',
                  description: 'RFC 5322 message with MIME; attachments in a wire format give their own articles',
                },
                example: EXAMPLES.email,
              },
              'application/octet-stream': {
                schema: {
                  type: 'string',
                  format: 'binary',
                  description:
                    'ANPA 1312, IPTC 7901, AP Media API JSON…: named in X-Wire-Format, or recognised from ' +
                    'the first bytes',
                },
              },
              [MEDIA_TYPES.rss[0]]: xmlString(EXAMPLES.rss),
              [MEDIA_TYPES.atom[0]]: xmlString(EXAMPLES.atom),
              'application/xml': {
                schema: {
                  type: 'string',
                  description:
                    'NITF, NewsML 1.x, NewsML-G2, RSS, Atom or an agency XML (RBNews, NTB Info release, CP ' +
                    'Publish), told apart by the root element (a refusal names the root it saw)',
                },
              },
              [MEDIA_TYPES.html[0]]: { schema: { type: 'string' }, example: EXAMPLES.html },
              [MEDIA_TYPES.text[0]]: { schema: { type: 'string' }, example: EXAMPLES.text },
            },
          },
          responses: {
            '200': {
              description:
                'Already published: the same version (same content) was pushed before, or an ' +
                'Idempotency-Key replay. Nothing published again.',
              content: {
                'application/json': {
                  schema: {
                    oneOf: [{ $ref: '#/components/schemas/Accepted' }, { $ref: '#/components/schemas/BatchResult' }],
                  },
                },
              },
            },
            '202': {
              description:
                'Published: Kafka acknowledged (acks from all in-sync replicas). A batch lists accepted and ' +
                'rejected items by index.',
              content: {
                'application/json': {
                  schema: {
                    oneOf: [{ $ref: '#/components/schemas/Accepted' }, { $ref: '#/components/schemas/BatchResult' }],
                  },
                  examples: {
                    one: {
                      value: {
                        status: 'accepted',
                        id: 'a3c1f1d2-5b1e-5c3a-8f00-0d3c2a7b9e11',
                        eventId: '9b2f3c7e-1d2a-4b8e-9a55-0d3c2a7b9e11',
                        correlationId: '9b2f3c7e-1d2a-4b8e-9a55-0d3c2a7b9e11',
                      },
                    },
                    partial: {
                      value: {
                        status: 'partial',
                        accepted: [
                          {
                            index: 0,
                            status: 'accepted',
                            id: 'a3c1f1d2-5b1e-5c3a-8f00-0d3c2a7b9e11',
                            eventId: '9b2f3c7e-1d2a-4b8e-9a55-0d3c2a7b9e11',
                            correlationId: '9b2f3c7e-1d2a-4b8e-9a55-0d3c2a7b9e11',
                          },
                        ],
                        rejected: [
                          {
                            index: 1,
                            statusCode: 400,
                            errors: [{ field: 'body', messages: ['body must be a non-empty string'] }],
                          },
                        ],
                      },
                    },
                  },
                },
              },
            },
            '400': error(
              'Body unreadable (not JSON, malformed XML, a DTD), bad header, or the single article is ' +
                'malformed (errors name each field)',
            ),
            '401': error(
              'No API key, an unknown key, or a missing/wrong X-Signature-256 (or its X-Signature-Timestamp ' +
                'outside the window)',
            ),
            '403': error('The API key belongs to another source than the one named'),
            '413': error(
              'Body over INGEST_MAX_BODY_BYTES, an article over INGEST_MAX_ARTICLE_BYTES, or more than ' +
                'INGEST_MAX_BATCH_ITEMS articles',
            ),
            '415': error('Content-Type is not a format ingest reads'),
            '422': error(
              'Well-formed but unprocessable: an item with no text, only remote content, or that is not a ' +
                'text item (a picture, an event, planning), ' +
                'XML of a kind ingest does not read (naming its root), a value out of range (a date outside ' +
                'the years 1000-9999, a number outside its bounds); ' +
                'a batch with no valid article (errors named items.<index>.<field>); an Idempotency-Key ' +
                'reused for a different request',
            ),
            '429': { ...error('The source is over its rate limit'), headers: retryAfter },
            '503': {
              ...error(
                'Kafka did not take the articles. `outcome`: `not-accepted` (nothing written), `unknown` ' +
                  '(sent, not acknowledged: it may still be written), ' +
                  '`partial` (`accepted` of the new articles published). Retry with the same articles until ' +
                  '2xx or 4xx: a retry never creates a second article or event',
              ),
              headers: retryAfter,
            },
          },
        },
      },
      '/v1/openapi.json': {
        get: { summary: 'This document', security: [], responses: { '200': { description: 'OpenAPI 3.1' } } },
      },
      '/health/live': { get: { security: [], responses: { '200': { description: 'Process up' } } } },
      '/health/ready': {
        get: {
          security: [],
          responses: { '200': { description: 'Kafka producer connected' }, '503': { description: 'Not ready' } },
        },
      },
    },
    components: ingestComponents(),
  };
}
