import { LANGUAGE_TAG_PATTERN, SOURCE_ID_PATTERN } from '@news/contracts';
import { FACET_INTERVALS, FACET_SAMPLE, FACETS, SEARCH_SORTS } from '@news/database';
import { DEFAULT_FACET_SIZE } from './facet-params';
import { HIT_FIELDS } from './hit-fields';

/**
 * The query parameters of GET /v1/articles, described once: the parser (search-params.ts)
 * and the OpenAPI document are both built from this list.
 */
export interface ParamSpec {
  name: string;
  description: string;
  schema: Record<string, unknown>;
  /** May be given more than once. */
  repeatable?: boolean;
}

export const SUBJECT_CODE = /^medtop:\d{8}$/;
export const MAX_LIMIT = 100;
export const DEFAULT_LIMIT = 20;
export const MAX_HALF_LIFE_DAYS = 36_500;

const date = (description: string): ParamSpec['schema'] & { description?: string } => ({
  type: 'string',
  format: 'date-time',
  description,
});

export const SEARCH_PARAMS: ParamSpec[] = [
  {
    name: 'q',
    description:
      'Full-text query, matched in each article’s own language (any form of a word) and as written: words ' +
      '(all required; when no article has them all, any of them, ranked, and `matchMode` says `any`), `"a ' +
      'phrase"`, `slog*` (prefix, 2 letters or more; by relevance, its newest 1,000 matches are ranked), ' +
      '`+required`, `-excluded` or `NOT excluded`, `a OR b`. ' +
      'Malformed syntax is a 400 naming the problem.',
    schema: { type: 'string', minLength: 1, maxLength: 500 },
  },
  {
    name: 'source',
    description: 'Source id; repeat for any of several.',
    schema: { type: 'string', pattern: SOURCE_ID_PATTERN.source },
    repeatable: true,
  },
  {
    name: 'language',
    description:
      'BCP 47 language tag: a tag matches itself and longer tags (`en` matches `en-GB`; `no` is taken as ' +
      '`nb`); repeat for any of several. With it, `q` is analysed in these languages only.',
    schema: { type: 'string', pattern: LANGUAGE_TAG_PATTERN.source },
    repeatable: true,
  },
  {
    name: 'subject',
    description: 'IPTC Media Topic code, e.g. `medtop:11000000`; repeat to require all.',
    schema: { type: 'string', pattern: SUBJECT_CODE.source },
    repeatable: true,
  },
  {
    name: 'person',
    description: 'Person named in the article (case-insensitive exact name); repeat to require all.',
    schema: { type: 'string', minLength: 1, maxLength: 300 },
    repeatable: true,
  },
  {
    name: 'organisation',
    description: 'Organisation named in the article (case-insensitive exact name); repeat to require all.',
    schema: { type: 'string', minLength: 1, maxLength: 300 },
    repeatable: true,
  },
  {
    name: 'place',
    description: 'Place named in the article (case-insensitive exact name); repeat to require all.',
    schema: { type: 'string', minLength: 1, maxLength: 300 },
    repeatable: true,
  },
  {
    name: 'publishedFrom',
    description: 'Published at or after (publishedAt, or receivedAt when the source gave none).',
    schema: date('ISO 8601'),
  },
  { name: 'publishedTo', description: 'Published before (exclusive).', schema: date('ISO 8601') },
  { name: 'receivedFrom', description: 'Received by ingest at or after.', schema: date('ISO 8601') },
  { name: 'receivedTo', description: 'Received by ingest before (exclusive).', schema: date('ISO 8601') },
  {
    name: 'sort',
    description:
      '`relevance` (default with `q`, needs `q`), `-published` (default without `q`), `published`, ' +
      '`-received`, `received`.',
    schema: { type: 'string', enum: [...SEARCH_SORTS] },
  },
  {
    name: 'limit',
    description: `Page size, 1–${MAX_LIMIT} (default ${DEFAULT_LIMIT}).`,
    schema: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT },
  },
  {
    name: 'recencyHalfLife',
    description:
      'With relevance order: boost recent articles, rank × (1 + 2^(−age/halfLife)), age and half-life in ' +
      'days (0.1–36500).',
    schema: { type: 'number', exclusiveMinimum: 0, maximum: MAX_HALF_LIFE_DAYS },
  },
  {
    name: 'fields',
    description:
      `Comma-separated fields of each hit (\`id\` is always there): ` +
      `${HIT_FIELDS.map((f) => `\`${f}\``).join(', ')}. Default: all but \`snippet\` and \`titleMatches\` ` +
      `without q, all with q.`,
    schema: { type: 'string' },
  },
  {
    name: 'facets',
    description:
      `Comma-separated facets counted over all matches (the first ${FACET_SAMPLE.toLocaleString('en')} in the ` +
      `search's order when there are more): ${FACETS.map((f) => `\`${f}\``).join(', ')}.`,
    schema: { type: 'string' },
  },
  {
    name: 'facetSize',
    description: `Values per facet, most frequent first, 1–${MAX_LIMIT} (default ${DEFAULT_FACET_SIZE}).`,
    schema: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_FACET_SIZE },
  },
  {
    name: 'facetInterval',
    description: 'Period of the `published` facet (UTC).',
    schema: { type: 'string', enum: [...FACET_INTERVALS], default: 'month' },
  },
  {
    name: 'cursor',
    description: 'Opaque `nextCursor` of the previous page; only valid with the same q, filters and sort.',
    schema: { type: 'string' },
  },
];
