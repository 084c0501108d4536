import normalisedValue from '../../../../schemas/news.articles.normalised.v1/value.schema.json';

import { SEARCH_AND_CHANGES_COMPONENTS } from './openapi-feed-schemas';
import { dateTime, nullable, nullableDateTime, ref, type Schema } from './openapi-schema-helpers';

/** `#/$defs/X` of a committed schema → `#/components/schemas/X` of the OpenAPI document. */
function rehomed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rehomed);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [
      k,
      k === '$ref' && typeof v === 'string' ? v.replace('#/$defs/', '#/components/schemas/') : rehomed(v),
    ]),
  );
}

/**
 * The contract classes the API shows as they are (the feed's metadata, our
 * tags), taken from the committed JSON Schemas that libs/contracts generates:
 * one definition, no drift.
 */
export function contractComponents(): Record<string, Schema> {
  const defs = (normalisedValue as { $defs: Record<string, Schema> }).$defs;
  const wanted = ['FeedMetadata', 'FeedConcept', 'EntityTag', 'Mention', 'SubjectTag', 'KeywordTag'];
  return Object.fromEntries(wanted.map((name) => [name, rehomed(defs[name]) as Schema]));
}

const tags: Schema = {
  type: 'object',
  required: ['people', 'organisations', 'places', 'subjects', 'keywords'],
  properties: {
    people: { type: 'array', items: ref('EntityTag') },
    organisations: { type: 'array', items: ref('EntityTag') },
    places: { type: 'array', items: ref('EntityTag') },
    subjects: { type: 'array', items: ref('SubjectTag') },
    keywords: { type: 'array', items: ref('KeywordTag') },
  },
};

const details: Schema = {
  authors: { type: 'array', items: { type: 'string' } },
  siteName: nullable('string'),
  description: nullable('string'),
  leadImage: nullable('string'),
  modifiedAt: nullableDateTime,
};

/** The API's own representations (views of the stored rows), hand-written beside the contract ones. */
export const VIEW_COMPONENTS: Record<string, Schema> = {
  Problem: {
    type: 'object',
    description:
      'RFC 9457 problem details; `errors` names each bad parameter (400); `killedAt` and `links` come with ' +
      '410; `retryAfter` with 429.',
    required: ['type', 'title', 'status', 'detail'],
    properties: {
      type: { type: 'string', format: 'uri-reference' },
      title: { type: 'string' },
      status: { type: 'integer' },
      detail: { type: 'string' },
      instance: { type: 'string' },
      errors: {
        type: 'array',
        items: {
          type: 'object',
          required: ['field', 'messages'],
          properties: { field: { type: 'string' }, messages: { type: 'array', items: { type: 'string' } } },
        },
      },
      killedAt: dateTime,
      links: { type: 'object', additionalProperties: { type: 'string' } },
      retryAfter: { type: 'integer' },
    },
  },
  Article: {
    type: 'object',
    required: [
      'id',
      'source',
      'sourceId',
      'title',
      'text',
      'receivedAt',
      'version',
      'pubStatus',
      'contentHash',
      'tags',
      'feed',
      'versionCount',
      'storedAt',
      'updatedAt',
      'links',
    ],
    properties: {
      id: { type: 'string', format: 'uuid' },
      source: {
        type: 'object',
        required: ['id', 'firstSeenAt'],
        properties: { id: { type: 'string' }, firstSeenAt: dateTime },
      },
      sourceId: { type: 'string' },
      externalId: nullable('string'),
      url: nullable('string'),
      canonicalUrl: nullable('string'),
      title: { type: 'string' },
      text: { type: 'string' },
      language: nullable('string', {
        description: "The feed's declared language unless the text clearly contradicts it (region subtag kept).",
      }),
      detectedLanguage: nullable('string', { description: 'What language detection found in the text.' }),
      publishedAt: nullableDateTime,
      receivedAt: dateTime,
      version: { type: 'integer', minimum: 1 },
      versionCreated: nullableDateTime,
      pubStatus: { type: 'string', enum: ['usable', 'withheld'] },
      embargoedUntil: nullable('string', {
        format: 'date-time',
        description: 'Past when served, unless the key has read:embargoed.',
      }),
      provenance: { enum: ['edited', 'scraped', 'unknown', null] },
      contentHash: { type: 'string', pattern: '^[0-9a-f]{64}$' },
      wordCount: { type: 'integer', minimum: 0 },
      qualityFlags: { type: 'array', items: { type: 'string' } },
      ...details,
      feed: ref('FeedMetadata'),
      tags,
      duplicateOf: {
        oneOf: [
          { type: 'null' },
          {
            type: 'object',
            required: ['id', 'href'],
            properties: { id: { type: 'string', format: 'uuid' }, href: { type: 'string' } },
          },
        ],
      },
      duplicates: {
        type: 'array',
        description: 'Later articles with the same clean text (first 100).',
        items: {
          type: 'object',
          required: ['id', 'href'],
          properties: {
            id: { type: 'string', format: 'uuid' },
            sourceId: { type: 'string' },
            url: nullable('string'),
            externalId: nullable('string'),
            href: { type: 'string' },
          },
        },
      },
      versionCount: { type: 'integer', minimum: 0 },
      storedAt: dateTime,
      updatedAt: dateTime,
      links: {
        type: 'object',
        required: ['self', 'versions'],
        properties: { self: { type: 'string' }, versions: { type: 'string' } },
      },
    },
  },
  Version: {
    type: 'object',
    required: [
      'version',
      'pubStatus',
      'contentHash',
      'current',
      'applied',
      'sourceId',
      'title',
      'text',
      'receivedAt',
      'feed',
      'tags',
      'eventId',
      'recordedAt',
    ],
    properties: {
      version: { type: 'integer', minimum: 1 },
      versionCreated: nullableDateTime,
      pubStatus: { type: 'string', enum: ['usable', 'withheld', 'canceled'] },
      contentHash: { type: 'string' },
      current: { type: 'boolean' },
      applied: { type: 'boolean', description: 'False for a late, older version that never became current.' },
      sourceId: { type: 'string' },
      url: nullable('string'),
      title: { type: 'string' },
      text: { type: 'string' },
      language: nullable('string'),
      publishedAt: nullableDateTime,
      receivedAt: dateTime,
      wordCount: { type: 'integer' },
      qualityFlags: { type: 'array', items: { type: 'string' } },
      detectedLanguage: nullable('string'),
      embargoedUntil: nullableDateTime,
      ...details,
      feed: ref('FeedMetadata'),
      tags,
      eventId: { type: 'string', format: 'uuid' },
      recordedAt: dateTime,
    },
  },
  Versions: {
    type: 'object',
    required: ['id', 'items', 'links'],
    properties: {
      id: { type: 'string', format: 'uuid' },
      items: { type: 'array', items: ref('Version') },
      links: { type: 'object', properties: { article: { type: 'string' } } },
    },
  },
  ...SEARCH_AND_CHANGES_COMPONENTS,
};
