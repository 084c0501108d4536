import { dateTime, nullable, nullableDateTime, ref, type Schema } from './openapi-schema-helpers';

/** Search pages and the changes feed, as the API shows them (part of VIEW_COMPONENTS). */
export const SEARCH_AND_CHANGES_COMPONENTS: Record<string, Schema> = {
  SearchHit: {
    type: 'object',
    description: 'With `fields=`, only the members named (and id).',
    required: ['id'],
    properties: {
      id: { type: 'string', format: 'uuid' },
      sourceId: { type: 'string' },
      title: { type: 'string' },
      language: nullable('string'),
      url: nullable('string'),
      version: { type: 'integer' },
      publishedAt: nullableDateTime,
      receivedAt: dateTime,
      excerpt: { type: 'string' },
      rank: nullable('number', {
        description: 'Relevance when q is given (docs/store.md); comparable within one search only.',
      }),
      href: { type: 'string' },
      snippet: {
        type: ['object', 'null'],
        description: 'With q: the passage of the body with the most matched words, `…` where it was cut.',
        properties: { text: { type: 'string' }, matches: ref('MatchRanges') },
      },
      titleMatches: ref('MatchRanges'),
    },
  },
  MatchRanges: {
    type: 'array',
    description:
      '[start, end) of each match, in UTF-16 code units (JavaScript string indices) of the text it belongs to.',
    items: { type: 'array', items: { type: 'integer' }, minItems: 2, maxItems: 2 },
  },
  FacetCounts: {
    type: 'object',
    required: ['total', 'sampled', 'sampleSize', 'counts'],
    description:
      'Counted over every match of the search, not only the page; over the first `sampleSize` matches in the ' +
      'order of the search when it has more (`sampled: true`).',
    properties: {
      total: { type: 'integer', description: 'The matches counted: all of them, or `sampleSize` when sampled.' },
      sampled: { type: 'boolean', description: 'More matches than `sampleSize`: the counts are of a sample.' },
      sampleSize: { type: 'integer', minimum: 1, description: 'At most this many matches are counted.' },
      counts: {
        type: 'object',
        additionalProperties: {
          type: 'array',
          items: { type: 'object', properties: { value: { type: 'string' }, count: { type: 'integer' } } },
        },
      },
      published: {
        type: 'array',
        items: { type: 'object', properties: { from: { type: 'string', format: 'date' }, count: { type: 'integer' } } },
      },
    },
  },
  Total: {
    type: 'object',
    required: ['value', 'exact'],
    description:
      'Counted exactly up to 1,000 matches (exact: true); beyond, the query planner’s estimate (exact: false).',
    properties: { value: { type: 'integer', minimum: 0 }, exact: { type: 'boolean' } },
  },
  SearchPage: {
    type: 'object',
    required: ['items', 'sort', 'limit', 'nextCursor', 'total', 'links'],
    properties: {
      items: { type: 'array', items: ref('SearchHit') },
      sort: { type: 'string' },
      limit: { type: 'integer' },
      nextCursor: nullable('string', {
        description: 'Pass as `cursor` (with the same query) for the next page; null on the last page.',
      }),
      total: ref('Total'),
      links: {
        type: 'object',
        required: ['self', 'next'],
        properties: { self: { type: 'string', format: 'uri' }, next: nullable('string', { format: 'uri' }) },
      },
      matchMode: {
        type: 'string',
        enum: ['all', 'any'],
        description:
          'With q: `all` when every term matched; `any` when no article had them all and the hits match ' +
          'some of them, ranked.',
      },
      facets: ref('FacetCounts'),
    },
  },
  Change: {
    type: 'object',
    required: ['cursor', 'change', 'id', 'version', 'sourceId', 'occurredAt', 'tombstone', 'href'],
    properties: {
      cursor: { type: 'string', pattern: '^\\d+$', description: 'Opaque: pass as `since` to read what follows.' },
      change: { type: 'string', enum: ['created', 'updated', 'killed', 'embargo-lifted'] },
      id: { type: 'string', format: 'uuid' },
      version: { type: 'integer', minimum: 1 },
      sourceId: { type: 'string' },
      occurredAt: dateTime,
      tombstone: { type: 'boolean', description: 'True for a kill: remove the article; there is nothing to fetch.' },
      href: nullable('string'),
    },
  },
  ChangesPage: {
    type: 'object',
    required: ['items', 'nextCursor', 'hasMore', 'links'],
    properties: {
      items: { type: 'array', items: ref('Change') },
      nextCursor: { type: 'string', pattern: '^\\d+$' },
      hasMore: { type: 'boolean', description: 'The page is full: read on at once.' },
      links: { type: 'object', required: ['next'], properties: { next: { type: 'string', format: 'uri' } } },
    },
  },
  Keys: {
    type: 'object',
    required: ['mode', 'items'],
    properties: {
      mode: { enum: ['keys', 'open'] },
      items: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'scopes', 'rateLimitPerMinute', 'keys'],
          properties: {
            id: { type: 'string' },
            scopes: { type: 'array', items: { enum: ['read', 'read:embargoed', 'admin'] } },
            rateLimitPerMinute: nullable('integer'),
            keys: { type: 'integer' },
          },
        },
      },
    },
  },
};
