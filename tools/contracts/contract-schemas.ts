import 'reflect-metadata';
import * as contracts from '@news/contracts';
import {
  allTopicSpecs,
  CLOUD_EVENT_HEADERS,
  DATE_RANGE,
  FEED_METADATA_LIMITS,
  HEADERS,
  TOPICS,
  type TopicSpec,
} from '@news/contracts';

/**
 * JSON Schemas (2020-12) of every topic's key, value and headers, generated
 * from the class-validator metadata of libs/contracts by class-validator-jsonschema
 * (the converters below cover what it does not know: our own decorators, and
 * formats as JSON Schema names them). Written under schemas/ by
 * `npm run schemas:write`; `npm run schemas:check` fails when they are stale.
 */
export const SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';
export const SCHEMA_BASE = 'https://schemas.news-pipeline.dev/';
export const NINJS_2_2_SCHEMA = 'http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json';

type Schema = Record<string, unknown>;

interface Meta {
  name?: string;
  type: string;
  constraints?: unknown[];
}

interface ClassValidatorJsonSchema {
  validationMetadatasToSchemas(options: Record<string, unknown>): Record<string, Schema>;
}

/** The library, loaded when the generator runs (a devDependency: nothing at run time of the services needs it). */
function library(): ClassValidatorJsonSchema {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require('class-validator-jsonschema') as ClassValidatorJsonSchema;
  } catch {
    throw new Error(
      'the contract schemas are generated with class-validator-jsonschema: npm install --save-dev ' +
        'class-validator-jsonschema@5.2.0',
    );
  }
}

const DATE_TIME: Schema = { type: 'string', format: 'date-time' };

/** Keyed by validator name: what class-validator-jsonschema lacks or says in OpenAPI 3.0 terms. */
const CONVERTERS: Record<string, Schema | ((meta: Meta) => Schema)> = {
  // `required` and the member's type already refuse a missing or null value.
  isDefined: {},
  isDate: DATE_TIME,
  isStorableDate: { description: `between ${DATE_RANGE.min.toISOString()} and ${DATE_RANGE.max.toISOString()}` },
  isUrl: { type: 'string', format: 'uri' },
  isConceptList: {
    type: 'array',
    maxItems: FEED_METADATA_LIMITS.listItems,
    items: {
      anyOf: [
        { type: 'string', minLength: 1, maxLength: FEED_METADATA_LIMITS.itemLength },
        {
          type: 'object',
          additionalProperties: false,
          properties: Object.fromEntries(
            ['scheme', 'code', 'name', 'uri'].map((k) => [
              k,
              { type: 'string', maxLength: FEED_METADATA_LIMITS.itemLength },
            ]),
          ),
        },
      ],
    },
  },
};

/** Every contract class as a schema, references as `#/$defs/<Class>`. */
export function contractDefinitions(): Record<string, Schema> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { defaultMetadataStorage } = require('class-transformer/cjs/storage') as { defaultMetadataStorage: unknown };
  void contracts; // every contract class registered its metadata on import
  const converters: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(CONVERTERS)) converters[name] = schema;
  const defs = library().validationMetadatasToSchemas({
    classTransformerMetadataStorage: defaultMetadataStorage,
    refPointerPrefix: '#/$defs/',
    additionalConverters: converters,
  });
  return JSON.parse(JSON.stringify(defs)) as Record<string, Schema>;
}

/** The definitions a schema needs, transitively, by the `$ref`s it holds. */
function reachable(root: unknown, defs: Record<string, Schema>): Record<string, Schema> {
  const out: Record<string, Schema> = {};
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string' && v.startsWith('#/$defs/')) {
        const name = v.slice('#/$defs/'.length);
        if (!out[name] && defs[name]) {
          out[name] = defs[name];
          visit(defs[name]);
        }
      } else visit(v);
    }
  };
  visit(root);
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

const document = (id: string, title: string, body: Schema, defs: Record<string, Schema> = {}): Schema => {
  const needed = reachable(body, defs);
  return {
    $schema: SCHEMA_DIALECT,
    $id: `${SCHEMA_BASE}${id}`,
    title,
    ...body,
    ...(Object.keys(needed).length ? { $defs: needed } : {}),
  };
};

const ARTICLE_KEY: Schema = {
  type: 'string',
  format: 'uuid',
  description: 'The article id (UUID v5 of the source id and its id for the story), UTF-8.',
};
const TRACEPARENT = '^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$';

/** The headers every event of an article topic carries (values are UTF-8 strings). */
function eventHeaders(topic: string, contentType: string, extra: Record<string, Schema> = {}): Schema {
  const required = [
    HEADERS.eventId,
    HEADERS.correlationId,
    HEADERS.sourceId,
    HEADERS.schemaVersion,
    HEADERS.contentType,
  ];
  const ce = [
    CLOUD_EVENT_HEADERS.specversion,
    CLOUD_EVENT_HEADERS.id,
    CLOUD_EVENT_HEADERS.source,
    CLOUD_EVENT_HEADERS.type,
    CLOUD_EVENT_HEADERS.subject,
    CLOUD_EVENT_HEADERS.time,
  ];
  const type = (Object.values(TOPICS) as TopicSpec[]).find((t) => t.name === topic)?.eventType;
  return {
    type: 'object',
    description:
      'Kafka headers, each a UTF-8 string. The CloudEvents 1.0 Kafka binding (binary mode) beside the ' +
      'envelope headers; unknown headers may be added within a major version.',
    required: [...required, ...ce],
    properties: {
      [HEADERS.eventId]: {
        type: 'string',
        format: 'uuid',
        description: 'envelope.eventId: new on every publish, also for a redelivery',
      },
      [HEADERS.correlationId]: { type: 'string', minLength: 1, maxLength: 128 },
      [HEADERS.sourceId]: { type: 'string', pattern: contracts.SOURCE_ID_PATTERN.source },
      [HEADERS.schemaVersion]: { const: '1' },
      [HEADERS.contentType]: { const: contentType },
      [CLOUD_EVENT_HEADERS.specversion]: { const: '1.0' },
      [CLOUD_EVENT_HEADERS.id]: { type: 'string', format: 'uuid', description: 'equals event-id' },
      [CLOUD_EVENT_HEADERS.source]: {
        type: 'string',
        enum: ['/news-pipeline/ingest', '/news-pipeline/normaliser', '/news-pipeline/store'],
      },
      [CLOUD_EVENT_HEADERS.type]: type ? { const: type } : { type: 'string' },
      [CLOUD_EVENT_HEADERS.subject]: { type: 'string', format: 'uuid', description: 'the article id' },
      [CLOUD_EVENT_HEADERS.time]: DATE_TIME,
      [CLOUD_EVENT_HEADERS.traceparent]: {
        type: 'string',
        pattern: TRACEPARENT,
        description: 'W3C Trace Context, when the push carried one',
      },
      [CLOUD_EVENT_HEADERS.tracestate]: { type: 'string', maxLength: 512 },
      ...extra,
    },
  };
}

const CHANGE_HEADER = { [CLOUD_EVENT_HEADERS.change]: { type: 'string', enum: [...contracts.CHANGE_KINDS] } };

/** Dead-letter headers (libs/kafka/src/dead-letter.ts) on top of the original message's. */
const DLQ_HEADERS: Schema = {
  type: 'object',
  description: "The original message's headers, plus why and where it failed.",
  required: [
    'dlq-error',
    'dlq-stage',
    'dlq-attempts',
    'dlq-failed-at',
    'dlq-original-topic',
    'dlq-original-partition',
    'dlq-original-offset',
  ],
  properties: {
    'dlq-error': { type: 'string', maxLength: 4000 },
    'dlq-stage': { type: 'string' },
    'dlq-attempts': { type: 'string', pattern: '^\\d+$' },
    'dlq-failed-at': DATE_TIME,
    'dlq-original-topic': { type: 'string' },
    'dlq-original-partition': { type: 'string', pattern: '^\\d+$' },
    'dlq-original-offset': { type: 'string', pattern: '^\\d+$' },
  },
};

/**
 * The HTTP APIs' bodies that are contract classes, for their OpenAPI documents:
 * what a feed POSTs to ingest (unknown members refused, as ingest does).
 */
export function httpSchemas(): Map<string, Schema> {
  const defs = contractDefinitions();
  const submission = { ...defs.ArticleSubmission, additionalProperties: false };
  return new Map([
    [
      'article-submission.schema.json',
      document(
        'http/article-submission.schema.json',
        'ArticleSubmission (POST /v1/articles, project JSON)',
        submission,
        defs,
      ),
    ],
  ]);
}

export interface TopicSchemas {
  key: Schema;
  value: Schema;
  headers: Schema;
}

/** The key, value and headers schema of every topic, dead-letter topics included, by topic name. */
export function topicSchemas(): Map<string, TopicSchemas> {
  const defs = contractDefinitions();
  const ref = (cls: string): Schema => ({ $ref: `#/$defs/${cls}` });
  const out = new Map<string, TopicSchemas>();
  const put = (topic: string, value: Schema, key: Schema, headers: Schema) =>
    out.set(topic, {
      key: document(`${topic}/key.schema.json`, `${topic} key`, key),
      value: document(`${topic}/value.schema.json`, `${topic} value`, value, defs),
      headers: document(`${topic}/headers.schema.json`, `${topic} headers`, headers),
    });
  put(
    TOPICS.articlesRaw.name,
    ref('RawArticleEvent'),
    ARTICLE_KEY,
    eventHeaders(TOPICS.articlesRaw.name, 'application/json'),
  );
  put(
    TOPICS.articlesNormalised.name,
    ref('NormalisedArticleEvent'),
    ARTICLE_KEY,
    eventHeaders(TOPICS.articlesNormalised.name, 'application/json'),
  );
  put(
    TOPICS.articlesStored.name,
    ref('StoredArticleEvent'),
    ARTICLE_KEY,
    eventHeaders(TOPICS.articlesStored.name, 'application/json', CHANGE_HEADER),
  );
  put(
    TOPICS.articlesStoredNinjs.name,
    {
      $ref: NINJS_2_2_SCHEMA,
      description: 'An IPTC ninjs 2.2 document (the official schema, by its $id); a kill has pubstatus canceled.',
    },
    ARTICLE_KEY,
    eventHeaders(TOPICS.articlesStoredNinjs.name, 'application/ninjs+json; version=2.2', CHANGE_HEADER),
  );
  put(
    TOPICS.boilerplate.name,
    ref('BoilerplateSnapshotEvent'),
    { type: 'string', pattern: '^[^|]{1,200}\\|[a-z0-9][a-z0-9._-]{0,63}$', description: 'replica id | source id' },
    { type: 'object', properties: { [HEADERS.contentType]: { const: 'application/json' } } },
  );
  for (const spec of allTopicSpecs().filter((t) => t.name.endsWith('.dlq'))) {
    const value = {
      description:
        `What ${spec.name.slice(0, -4)} received, byte for byte: it may not be valid JSON or match its schema ` +
        `(that may be why it is here).`,
    };
    put(spec.name, value, ARTICLE_KEY, DLQ_HEADERS);
  }
  if (![...out.keys()].every((t) => allTopicSpecs().some((s) => s.name === t)))
    throw new Error('a schema for a topic that TOPICS does not list');
  for (const s of allTopicSpecs()) if (!out.has(s.name)) throw new Error(`no schema for topic ${s.name}`);
  return out;
}
