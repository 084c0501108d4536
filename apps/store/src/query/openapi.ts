import { NINJS_VERSIONS } from '../http/negotiate';
import { NINJS_SCHEMA_URI } from '../ninjs/ninjs-forms';
import { contractComponents, VIEW_COMPONENTS } from './openapi-schemas';
import { SEARCH_PARAMS } from './search-params';

const idParam = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'Article id (UUID).',
  schema: { type: 'string', format: 'uuid' },
};
const fieldsParam = {
  name: 'fields',
  in: 'query',
  required: false,
  description: 'Comma-separated top-level members to return (400 for an unknown one).',
  schema: { type: 'string' },
};
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const PROBLEM = 'application/problem+json';
const problem = (description: string) => ({ description, content: { [PROBLEM]: { schema: ref('Problem') } } });
const header = (description: string, schema: Record<string, unknown> = { type: 'string' }) => ({ description, schema });
const CACHING = {
  ETag: header('Strong validator of the exact bytes: send it back in If-None-Match for a 304.'),
  'Cache-Control': header(
    '`private, no-cache` (revalidate each use) for articles and searches; `private, max-age=60` for one ' +
      'version; full pages of the changes feed are immutable.',
  ),
  Vary: header('Accept, Authorization'),
};
/** The ninjs forms, each described by the official IPTC schema of its version. */
const ninjs = (description: string) =>
  Object.fromEntries(
    NINJS_VERSIONS.map((v) => [
      `application/ninjs+json; version=${v}`,
      { schema: { $ref: NINJS_SCHEMA_URI(v) }, description: `${description} (ninjs ${v})` },
    ]),
  );
const ACCESS = {
  '401': problem('No consumer key, or not a key of this API (WWW-Authenticate: Bearer).'),
  '403': problem('The key lacks the scope the route needs.'),
  '429': {
    ...problem("The key's rate limit is reached."),
    headers: { 'Retry-After': header('Seconds to wait.', { type: 'integer' }) },
  },
};
const json = (schema: string, description: string, headers: Record<string, unknown> = CACHING) => ({
  description,
  headers,
  content: { 'application/json': { schema: ref(schema) } },
});

/**
 * The OpenAPI 3.1 document of the store's query API. The search parameters
 * come from the list the request parser uses, and the contract members
 * (feed metadata, tags) from the JSON Schemas generated from libs/contracts.
 */
export function storeOpenApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'News store query API',
      version: '1.1.0',
      description:
        'Current versions, version history, full-text search and a changes feed over stored articles, as ' +
        'JSON or IPTC ninjs (Accept: application/ninjs+json). Every route but this document needs a consumer ' +
        'key (Authorization: Bearer). Errors are RFC 9457 problem details. Guide: docs/api.md.',
    },
    security: [{ bearer: [] }],
    paths: {
      '/v1/articles': {
        get: {
          operationId: 'searchArticles',
          summary: 'Search live articles (full text, filters, sort, keyset pagination). Scope: read.',
          parameters: [
            ...SEARCH_PARAMS.map((p) => ({
              name: p.name,
              in: 'query',
              required: false,
              description: p.description,
              schema: p.repeatable ? { type: 'array', items: p.schema } : p.schema,
              ...(p.repeatable ? { style: 'form', explode: true } : {}),
            })),
            fieldsParam,
          ],
          responses: {
            '200': {
              description: 'A page of results; in ninjs, a composite item whose associations are the hits.',
              headers: {
                ...CACHING,
                Link: header('`<…>; rel="next"` while there is a next page.'),
                'X-Total-Count': header('See Total.', { type: 'integer' }),
                'X-Total-Count-Exact': header('true or false.'),
              },
              content: { 'application/json': { schema: ref('SearchPage') }, ...ninjs('Search results') },
            },
            '304': { description: 'Not modified (If-None-Match).' },
            '400': problem('A parameter is invalid; `errors` names each one.'),
            '406': problem('Accept names no representation this route serves.'),
            ...ACCESS,
          },
        },
      },
      '/v1/articles/{id}': {
        get: {
          operationId: 'getArticle',
          summary:
            'The current version, with tags, source, duplicates and links. Scope: read (read:embargoed: ' +
            'also before an embargo lifts).',
          parameters: [idParam, fieldsParam],
          responses: {
            '200': {
              description: 'The current version.',
              headers: CACHING,
              content: { 'application/json': { schema: ref('Article') }, ...ninjs('The current version') },
            },
            '304': { description: 'Not modified (If-None-Match).' },
            '400': problem('The id is not a UUID, or fields names an unknown member.'),
            '404': problem('No such article (or still under embargo).'),
            '406': problem('Accept names no representation this route serves.'),
            '410': problem('The article was killed; `killedAt` says when, `links.versions` where its history is.'),
            ...ACCESS,
          },
        },
      },
      '/v1/articles/{id}/versions': {
        get: {
          operationId: 'getArticleVersions',
          summary: 'Every version received, newest first by the version rules (kept after a kill). Scope: read.',
          parameters: [idParam],
          responses: {
            '200': json('Versions', 'The history.'),
            '400': problem('The id is not a UUID.'),
            '404': problem('No such article.'),
            ...ACCESS,
          },
        },
      },
      '/v1/articles/{id}/versions/{n}': {
        get: {
          operationId: 'getArticleVersion',
          summary: 'One version number (its state that won by the rules). Scope: read.',
          parameters: [
            idParam,
            { name: 'n', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } },
            fieldsParam,
          ],
          responses: {
            '200': {
              description: 'The version.',
              headers: CACHING,
              content: { 'application/json': { schema: ref('Version') }, ...ninjs('The version') },
            },
            '400': problem('A bad id or version number.'),
            '404': problem('No such article or version.'),
            '406': problem('Accept names no representation this route serves.'),
            ...ACCESS,
          },
        },
      },
      '/v1/changes': {
        get: {
          operationId: 'listChanges',
          summary:
            'Changes in commit order after a cursor: created, updated, killed (tombstones) and ' +
            'embargo-lifted. Scope: read.',
          parameters: [
            {
              name: 'since',
              in: 'query',
              required: false,
              description: 'A cursor this feed gave (`nextCursor`, an item’s `cursor`); 0 or absent: the beginning.',
              schema: { type: 'string', pattern: '^\\d{1,19}$' },
            },
            {
              name: 'limit',
              in: 'query',
              required: false,
              schema: { type: 'integer', minimum: 1, maximum: 1000, default: 100 },
            },
          ],
          responses: {
            '200': json('ChangesPage', 'A page of changes; Link rel="next" is where to read on.', {
              ...CACHING,
              Link: header('`<…?since=…>; rel="next"`'),
            }),
            '400': problem('A bad cursor or limit.'),
            ...ACCESS,
          },
        },
      },
      '/v1/changes/stream': {
        get: {
          operationId: 'streamChanges',
          summary:
            'The same as Server-Sent Events: each event’s id is its cursor, its data a Change; resumes ' +
            'after Last-Event-ID. Scope: read.',
          parameters: [
            { name: 'since', in: 'query', required: false, schema: { type: 'string', pattern: '^\\d{1,19}$' } },
            {
              name: 'Last-Event-ID',
              in: 'header',
              required: false,
              description: 'Sent by EventSource when it reconnects; wins over since.',
              schema: { type: 'string' },
            },
          ],
          responses: {
            '200': {
              description: 'An endless event stream (a comment every 15 s keeps it open).',
              content: { 'text/event-stream': { schema: { type: 'string' } } },
            },
            '400': problem('A bad cursor.'),
            ...ACCESS,
          },
        },
      },
      '/v1/keys': {
        get: {
          operationId: 'listKeys',
          summary: 'The configured consumers, their scopes and rate limits (never a key). Scope: admin.',
          responses: {
            '200': { description: 'The consumers.', content: { 'application/json': { schema: ref('Keys') } } },
            ...ACCESS,
          },
        },
      },
      '/v1/openapi.json': {
        get: {
          operationId: 'openApi',
          summary: 'This document (no key needed).',
          security: [],
          responses: {
            '200': { description: 'OpenAPI 3.1.', content: { 'application/json': { schema: { type: 'object' } } } },
          },
        },
      },
    },
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'A consumer key (docs/api.md, "Keys and scopes").' },
      },
      schemas: { ...contractComponents(), ...VIEW_COMPONENTS },
    },
  };
}
