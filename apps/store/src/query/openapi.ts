import { SEARCH_PARAMS } from './search-params';

const idParam = { name: 'id', in: 'path', required: true, description: 'Article id (UUID).', schema: { type: 'string', format: 'uuid' } };
const json = (ref: string, description: string) => ({ description, content: { 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } } });

/**
 * The OpenAPI 3.1 document of the store's query API. The search parameters
 * come from the same list the request parser uses, so the two cannot drift.
 */
export function storeOpenApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'News store query API',
      version: '1.0.0',
      description:
        'Current versions, version history and full-text search over stored articles. Killed articles answer 410; exact duplicates are served but hidden from search (see docs/store.md).',
    },
    paths: {
      '/v1/articles': {
        get: {
          operationId: 'searchArticles',
          summary: 'Search live articles (full text, filters, sort, keyset pagination).',
          parameters: SEARCH_PARAMS.map((p) => ({
            name: p.name,
            in: 'query',
            required: false,
            description: p.description,
            schema: p.repeatable ? { type: 'array', items: p.schema } : p.schema,
            ...(p.repeatable ? { style: 'form', explode: true } : {}),
          })),
          responses: { '200': json('SearchPage', 'A page of results.'), '400': json('Error', 'A parameter is invalid; `errors` names each one.') },
        },
      },
      '/v1/articles/{id}': {
        get: {
          operationId: 'getArticle',
          summary: 'The current version of an article, with tags, source, duplicates and a link to its versions.',
          parameters: [idParam],
          responses: {
            '200': json('Article', 'The current version.'),
            '400': json('Error', 'The id is not a UUID.'),
            '404': json('Error', 'No such article.'),
            '410': json('Killed', 'The article was killed; `killedAt` says when.'),
          },
        },
      },
      '/v1/articles/{id}/versions': {
        get: {
          operationId: 'getArticleVersions',
          summary: 'Every version received, newest first by the version rules (kept after a kill).',
          parameters: [idParam],
          responses: {
            '200': json('Versions', 'The history.'),
            '400': json('Error', 'The id is not a UUID.'),
            '404': json('Error', 'No such article.'),
          },
        },
      },
    },
    components: {
      schemas: {
        Error: {
          type: 'object',
          required: ['statusCode', 'message'],
          properties: {
            statusCode: { type: 'integer' },
            error: { type: 'string' },
            message: { type: 'string' },
            errors: { type: 'array', items: { type: 'object', properties: { field: { type: 'string' }, messages: { type: 'array', items: { type: 'string' } } } } },
          },
        },
        Killed: {
          type: 'object',
          required: ['statusCode', 'killedAt'],
          properties: { statusCode: { const: 410 }, message: { type: 'string' }, killedAt: { type: 'string', format: 'date-time' } },
        },
        SearchHit: {
          type: 'object',
          properties: {
            id: { type: 'string', format: 'uuid' },
            sourceId: { type: 'string' },
            title: { type: 'string' },
            language: { type: ['string', 'null'] },
            url: { type: ['string', 'null'] },
            version: { type: 'integer' },
            publishedAt: { type: ['string', 'null'], format: 'date-time' },
            receivedAt: { type: 'string', format: 'date-time' },
            excerpt: { type: 'string' },
            rank: { type: ['number', 'null'], description: 'Relevance when q is given (docs/store.md, "Ranking"); comparable within one search only.' },
            href: { type: 'string' },
            snippet: {
              type: ['object', 'null'],
              description: 'With q: the passage of the body with the most matched words, `…` where it was cut.',
              properties: { text: { type: 'string' }, matches: { $ref: '#/components/schemas/MatchRanges' } },
            },
            titleMatches: { $ref: '#/components/schemas/MatchRanges' },
          },
        },
        MatchRanges: {
          type: 'array',
          description: '[start, end) of each match, in UTF-16 code units (JavaScript string indices) of the text it belongs to.',
          items: { type: 'array', items: { type: 'integer' }, minItems: 2, maxItems: 2 },
        },
        FacetCounts: {
          type: 'object',
          description: 'Counted over every match of the search, not only the page.',
          properties: {
            total: { type: 'integer' },
            counts: {
              type: 'object',
              additionalProperties: { type: 'array', items: { type: 'object', properties: { value: { type: 'string' }, count: { type: 'integer' } } } },
            },
            published: { type: 'array', items: { type: 'object', properties: { from: { type: 'string', format: 'date' }, count: { type: 'integer' } } } },
          },
        },
        SearchPage: {
          type: 'object',
          required: ['items', 'nextCursor'],
          properties: {
            items: { type: 'array', items: { $ref: '#/components/schemas/SearchHit' } },
            sort: { type: 'string' },
            limit: { type: 'integer' },
            nextCursor: { type: ['string', 'null'], description: 'Pass as `cursor` (with the same query) for the next page; null on the last page.' },
            matchMode: {
              type: 'string',
              enum: ['all', 'any'],
              description: 'With q: `all` when every term matched; `any` when no article had them all and the hits match some of them, ranked.',
            },
            facets: { $ref: '#/components/schemas/FacetCounts' },
          },
        },
        Article: {
          type: 'object',
          properties: {
            id: { type: 'string', format: 'uuid' },
            source: { type: 'object', properties: { id: { type: 'string' }, firstSeenAt: { type: 'string', format: 'date-time' } } },
            sourceId: { type: 'string' },
            externalId: { type: ['string', 'null'] },
            url: { type: ['string', 'null'] },
            canonicalUrl: { type: ['string', 'null'] },
            title: { type: 'string' },
            text: { type: 'string' },
            language: { type: ['string', 'null'], description: "The feed's declared language unless the text clearly contradicts it (region subtag kept)." },
            detectedLanguage: { type: ['string', 'null'], description: 'What language detection found in the text.' },
            publishedAt: { type: ['string', 'null'], format: 'date-time' },
            receivedAt: { type: 'string', format: 'date-time' },
            version: { type: 'integer' },
            versionCreated: { type: ['string', 'null'], format: 'date-time' },
            pubStatus: { type: 'string', enum: ['usable', 'withheld'] },
            embargoedUntil: { type: ['string', 'null'], format: 'date-time', description: 'Past by the time the article is served: embargoed articles answer 404.' },
            provenance: { type: ['string', 'null'], enum: ['edited', 'scraped', 'unknown', null] },
            contentHash: { type: 'string' },
            wordCount: { type: 'integer' },
            qualityFlags: { type: 'array', items: { type: 'string' } },
            authors: { type: 'array', items: { type: 'string' } },
            siteName: { type: ['string', 'null'] },
            description: { type: ['string', 'null'] },
            leadImage: { type: ['string', 'null'] },
            modifiedAt: { type: ['string', 'null'], format: 'date-time' },
            feed: { $ref: '#/components/schemas/FeedMetadata' },
            tags: { type: 'object', description: 'people, organisations, places, subjects, keywords as in the normalised contract.' },
            duplicateOf: { type: ['object', 'null'], description: 'The first article with the same clean text, when this one is an exact duplicate.' },
            duplicates: { type: 'array', description: 'Later articles with the same clean text (first 100).' },
            versionCount: { type: 'integer' },
            links: { type: 'object', properties: { self: { type: 'string' }, versions: { type: 'string' } } },
          },
        },
        FeedMetadata: {
          type: 'object',
          description: "What the feed declared, beside our own tags: only the fields it gave.",
          properties: {
            language: { type: 'string' },
            format: { type: 'string' },
            provenance: { type: 'string' },
            urgency: { type: 'integer', minimum: 1, maximum: 9 },
            subjects: { type: 'array', items: { $ref: '#/components/schemas/FeedConcept' } },
            genres: { type: 'array', items: { $ref: '#/components/schemas/FeedConcept' } },
            authors: { type: 'array', items: { type: 'string' } },
            byline: { type: 'string' },
            description: { type: 'string' },
            slugline: { type: 'string' },
            editorialNote: { type: 'string' },
            located: { type: 'string' },
            dateline: { type: 'string' },
            keywords: { type: 'array', items: { type: 'string' } },
            copyright: { type: 'string' },
            usageTerms: { type: 'string' },
            firstCreated: { type: 'string', format: 'date-time' },
            versionCreated: { type: 'string', format: 'date-time' },
            embargoedUntil: { type: 'string', format: 'date-time' },
            headlineDerived: { type: 'boolean' },
          },
        },
        FeedConcept: {
          type: 'object',
          properties: { scheme: { type: 'string' }, code: { type: 'string' }, name: { type: 'string' }, uri: { type: 'string' } },
        },
        Versions: {
          type: 'object',
          properties: {
            id: { type: 'string', format: 'uuid' },
            items: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  version: { type: 'integer' },
                  versionCreated: { type: ['string', 'null'], format: 'date-time' },
                  pubStatus: { type: 'string' },
                  current: { type: 'boolean' },
                  applied: { type: 'boolean', description: 'False for a late, older version that never became current.' },
                  title: { type: 'string' },
                  text: { type: 'string' },
                  recordedAt: { type: 'string', format: 'date-time' },
                },
              },
            },
          },
        },
      },
    },
  };
}
