import { VISIBLE_NOW } from '../repositories/article-rows';
import { filterTag } from './filter-tags';
import { SIMPLE_SEARCH_CONFIG, searchConfigFor } from './search-config';

export const SEARCH_SORTS = ['relevance', '-published', 'published', '-received', 'received'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** A validated search: every value here has already passed the API's checks. */
export interface ArticleSearch {
  q?: string;
  sources?: string[];
  /** Language tags or primary subtags (`en` matches `en` and `en-GB`). */
  languages?: string[];
  subjects?: string[];
  people?: string[];
  organisations?: string[];
  places?: string[];
  /** Inclusive lower and exclusive upper bounds. Published time is publishedAt, or receivedAt when the source gave none. */
  publishedFrom?: Date;
  publishedTo?: Date;
  receivedFrom?: Date;
  receivedTo?: Date;
  sort: SearchSort;
  limit: number;
  /** Keyset position: the sort key (as PostgreSQL printed it) and id of the last row of the previous page. */
  after?: { key: string; id: string };
}

export interface SearchStatement {
  sql: string;
  params: unknown[];
}

interface SortSpec {
  /** SQL expression of the sort key and its type for comparing with a cursor. */
  key: string;
  type: string;
  direction: 'ASC' | 'DESC';
}

/**
 * Builds the one parameterised statement a search runs: only fixed SQL
 * fragments are concatenated, every value goes through a `$n` parameter.
 * Keyset pagination: rows after the cursor's (key, id) in the sort order, so a
 * page costs the same at any depth (no OFFSET).
 */
export function buildSearchStatement(s: ArticleSearch): SearchStatement {
  const params: unknown[] = [];
  const p = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  // Only live, canonical, published articles are searchable: kills and embargoed
  // articles are hidden, exact duplicates are reached through their original.
  const where: string[] = [`a.pub_status = 'usable'`, `a.duplicate_of IS NULL`, VISIBLE_NOW];

  let rank = 'NULL::real';
  if (s.q !== undefined) {
    // One language: its stemmer; otherwise the unstemmed words, which every article also carries.
    const config = s.languages?.length === 1 ? searchConfigFor(s.languages[0]) : SIMPLE_SEARCH_CONFIG;
    const query = `websearch_to_tsquery(${p(config)}::regconfig, ${p(s.q)})`;
    where.push(`a.search_vector @@ ${query}`);
    rank = `ts_rank(a.search_vector, ${query})`;
  }
  // One source as `=`, so the (source_id, effective_published_at, id) index also gives the order;
  // `= ANY` on the leading column would not.
  if (s.sources?.length === 1) where.push(`a.source_id = ${p(s.sources[0])}`);
  else if (s.sources?.length) where.push(`a.source_id = ANY(${p(s.sources)}::text[])`);
  if (s.languages?.length) {
    const langs = p(s.languages.map((l) => l.toLowerCase()));
    where.push(`(lower(a.language) = ANY(${langs}::text[]) OR split_part(lower(a.language), '-', 1) = ANY(${langs}::text[]))`);
  }
  const tags = [
    ...(s.subjects ?? []).map((v) => filterTag('subject', v)),
    ...(s.people ?? []).map((v) => filterTag('person', v)),
    ...(s.organisations ?? []).map((v) => filterTag('organisation', v)),
    ...(s.places ?? []).map((v) => filterTag('place', v)),
  ];
  if (tags.length) where.push(`a.filter_tags @> ${p(tags)}::text[]`);
  if (s.publishedFrom) where.push(`a.effective_published_at >= ${p(s.publishedFrom.toISOString())}::timestamptz`);
  if (s.publishedTo) where.push(`a.effective_published_at < ${p(s.publishedTo.toISOString())}::timestamptz`);
  if (s.receivedFrom) where.push(`a.received_at >= ${p(s.receivedFrom.toISOString())}::timestamptz`);
  if (s.receivedTo) where.push(`a.received_at < ${p(s.receivedTo.toISOString())}::timestamptz`);

  const sort = sortSpec(s.sort, rank);
  if (s.after) {
    const op = sort.direction === 'DESC' ? '<' : '>';
    where.push(`(${sort.key}, a.id) ${op} (${p(s.after.key)}::${sort.type}, ${p(s.after.id)}::uuid)`);
  }

  const sql = `
    SELECT a.id, a.source_id, a.title, a.language, a.url, a.version, a.published_at, a.received_at,
           left(a.body_text, 280) AS excerpt, ${rank} AS rank, (${sort.key})::text AS sort_key
      FROM articles a
     WHERE ${where.join('\n       AND ')}
     ORDER BY ${sort.key} ${sort.direction}, a.id ${sort.direction}
     LIMIT ${p(s.limit)}`;
  return { sql, params };
}

function sortSpec(sort: SearchSort, rank: string): SortSpec {
  switch (sort) {
    case 'relevance':
      return { key: rank, type: 'real', direction: 'DESC' };
    case '-published':
      return { key: 'a.effective_published_at', type: 'timestamptz', direction: 'DESC' };
    case 'published':
      return { key: 'a.effective_published_at', type: 'timestamptz', direction: 'ASC' };
    case '-received':
      return { key: 'a.received_at', type: 'timestamptz', direction: 'DESC' };
    case 'received':
      return { key: 'a.received_at', type: 'timestamptz', direction: 'ASC' };
  }
}
