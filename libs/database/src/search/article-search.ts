import { VISIBLE_NOW } from '../repositories/article-rows';
import { filterTag } from './filter-tags';
import { AnalysedQuery } from './query-analysis';
import { ParsedQuery } from './query-syntax';
import { languageFilter } from './search-config';

export const SEARCH_SORTS = ['relevance', '-published', 'published', '-received', 'received'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** A validated search: every value here has already passed the API's checks. */
export interface ArticleSearch {
  q?: string;
  /** `q` parsed (query-syntax.ts); required whenever `q` is given. */
  query?: ParsedQuery;
  sources?: string[];
  /** Language tags or primary subtags (`en` matches `en` and `en-GB`; `no` and `nb` match each other). */
  languages?: string[];
  subjects?: string[];
  people?: string[];
  organisations?: string[];
  places?: string[];
  /**
   * Inclusive lower and exclusive upper bounds. Published time is publishedAt, or receivedAt when the source gave none.
   */
  publishedFrom?: Date;
  publishedTo?: Date;
  receivedFrom?: Date;
  receivedTo?: Date;
  sort: SearchSort;
  limit: number;
  /** Relevance boost of recent articles: the rank is multiplied by 1 + 2^(−age / half-life), age in days. */
  recencyHalfLifeDays?: number;
  /** The instant ages are measured from (kept in the cursor, so the pages of one search rank alike). */
  asOf?: Date;
  /** Return each hit's whole body and its configuration (for snippets). */
  withBody?: boolean;
  /** By relevance with a prefix term: rank at most this many matches, the newest (PREFIX_CANDIDATES by default). */
  prefixCandidates?: number;
  /** Keyset position: the sort key (as PostgreSQL printed it) and id of the last row of the previous page. */
  after?: { key: string; id: string };
}

export interface SearchStatement {
  sql: string;
  params: unknown[];
}

export interface SortSpec {
  /** SQL expression of the sort key and its type for comparing with a cursor. */
  key: string;
  type: string;
  direction: 'ASC' | 'DESC';
}

/**
 * Weights of ts_rank for the vector's classes D, C, B (body) and A (title):
 * a title match counts two and a half times a body match.
 */
export const RANK_WEIGHTS = '{0.1, 0.2, 0.4, 1.0}';
/**
 * ts_rank's normalisation 1: a clause's rank is divided by 1 + log(words in the article), so long articles do not win
 * on length.
 */
export const RANK_NORMALIZATION = 1;

/**
 * How much the terms occurring close together multiply the rank: ts_rank of all of them at once
 * (pairs of occurrences weighted by their distance: about 1 for neighbours, 0.16 ten words apart).
 */
export const PROXIMITY_WEIGHT = 3;

/**
 * A prefix term can stand for thousands of words, and ranking every article that holds one of them is what
 * costs: by relevance, such a search ranks the newest this many matches (all of them when there are fewer).
 */
export const PREFIX_CANDIDATES = 1_000;

type Param = (value: unknown) => string;

/**
 * The rows a search reads, as `a`: the articles table, or for a relevance search with a prefix term its newest
 * PREFIX_CANDIDATES matches (of the conditions `where`), so only those are ranked.
 */
export function searchSource(
  s: ArticleSearch,
  q: AnalysedQuery | undefined,
  matches: string[],
  p: Param,
): { from: string; where: string[] } {
  if (!q?.prefix || s.sort !== 'relevance') return { from: 'articles a', where: matches };
  // The candidates are chosen on narrow rows (id and date), and only theirs are read whole for the ranking.
  const from = `(SELECT a.* FROM (SELECT a.id FROM articles a
                                   WHERE ${matches.join('\n                                     AND ')}
                                   ORDER BY a.effective_published_at DESC, a.id DESC
                                   LIMIT ${p(s.prefixCandidates ?? PREFIX_CANDIDATES)}) c
                  JOIN articles a ON a.id = c.id) a`;
  return { from, where: ['true'] };
}

/** The conditions of the filters (everything but q and the cursor), over `articles a`. */
export function filterConditions(s: ArticleSearch, p: Param): string[] {
  // Only live, canonical, published articles are searchable: kills and embargoed
  // articles are hidden, exact duplicates are reached through their original.
  const where: string[] = [`a.pub_status = 'usable'`, `a.duplicate_of IS NULL`, VISIBLE_NOW];
  // One source as `=`, so the (source_id, effective_published_at, id) index also gives the order;
  // `= ANY` on the leading column would not.
  if (s.sources?.length === 1) where.push(`a.source_id = ${p(s.sources[0])}`);
  else if (s.sources?.length) where.push(`a.source_id = ANY(${p(s.sources)}::text[])`);
  if (s.languages?.length) {
    const { exact, prefixes } = languageFilter(s.languages);
    where.push(`(lower(a.language) = ANY(${p(exact)}::text[]) OR lower(a.language) LIKE ANY(${p(prefixes)}::text[]))`);
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
  return where;
}

/** Which of the analysed configurations applies to a row: its own, else `simple` (the last). */
const ownConfig = (q: AnalysedQuery, p: Param) =>
  q.configs.length === 1
    ? '1'
    : `COALESCE(array_position(${p(q.configs)}::regconfig[], a.search_config), ${q.configs.length})`;

/**
 * The full-text conditions: the index is asked for the query in every configuration at once, and each
 * row is then held to the query in its own configuration (or the words as written).
 */
export function textConditions(q: AnalysedQuery, p: Param): string[] {
  const where = [`a.search_vector @@ ${p(q.index)}::tsquery`];
  const distinct = new Set(q.match);
  if (distinct.size === 1) {
    if (q.match[0] !== q.index) where.push(`a.search_vector @@ ${p(q.match[0])}::tsquery`);
  } else where.push(`a.search_vector @@ (${p(q.match)}::tsquery[])[${ownConfig(q, p)}]`);
  return where;
}

/**
 * The relevance of a row: each positive clause ranked in the row's own configuration (ts_rank: title
 * above body, repeated occurrences with diminishing weight), weighted by the clause's rarity
 * (idf), summed; times the recency boost when asked for.
 */
export function rankExpression(s: ArticleSearch, q: AnalysedQuery, p: Param): string {
  const own = ownConfig(q, p);
  const perClause = p(q.scoring.map((c) => c.perConfig));
  const terms = q.scoring.map(
    (c, k) =>
      `${c.weight.toFixed(4)} * ts_rank('${RANK_WEIGHTS}', a.search_vector, ` +
      `(${perClause}::tsquery[])[${k + 1}][${own}], ${RANK_NORMALIZATION})`,
  );
  let rank = terms.join(' + ');
  if (q.proximity) {
    rank =
      `(${rank}) * (1 + ${PROXIMITY_WEIGHT} * ts_rank('${RANK_WEIGHTS}', a.search_vector, ` +
      `(${p(q.proximity)}::tsquery[])[${own}]))`;
  }
  if (s.recencyHalfLifeDays !== undefined) {
    const asOf = p((s.asOf ?? new Date()).toISOString());
    const age = `GREATEST(0, extract(epoch FROM (${asOf}::timestamptz - a.effective_published_at)) / 86400)`;
    rank = `(${rank}) * (1 + power(2, -${age} / ${p(s.recencyHalfLifeDays)}::float8))`;
  }
  return `(${rank})::real`;
}

/**
 * The start of every search statement: its parameter list, the `$n` placeholder maker that fills it, and the rows
 * matching the query and filters (`from` as `a`, `where` its conditions).
 */
export function matchingRows(
  s: ArticleSearch,
  analysed: AnalysedQuery | undefined,
): { params: unknown[]; p: (value: unknown) => string; from: string; where: string[] } {
  const params: unknown[] = [];
  const p = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const matches = [...(analysed ? textConditions(analysed, p) : []), ...filterConditions(s, p)];
  return { params, p, ...searchSource(s, analysed, matches, p) };
}

/**
 * Builds the one parameterised statement a search runs: only fixed SQL
 * fragments are concatenated, every value goes through a `$n` parameter.
 * Keyset pagination: rows after the cursor's (key, id) in the sort order, so a
 * page costs the same at any depth (no OFFSET). With `q`, `analysed` is the
 * query analysed in its configurations (query-analysis.ts).
 */
export function buildSearchStatement(s: ArticleSearch, analysed?: AnalysedQuery): SearchStatement {
  const { params, p, from, where } = matchingRows(s, analysed);
  const rank = analysed ? rankExpression(s, analysed, p) : 'NULL::real';

  const sort = sortSpec(s.sort, rank);
  if (s.after) {
    const op = sort.direction === 'DESC' ? '<' : '>';
    where.push(`(${sort.key}, a.id) ${op} (${p(s.after.key)}::${sort.type}, ${p(s.after.id)}::uuid)`);
  }
  // The page is chosen on the sort key alone; its columns (excerpt and body included) are read for
  // its rows only, not for every candidate the sort goes through.
  const sql = `
    SELECT ${pageColumns(s)}
      FROM (SELECT a.id, ${rank} AS rank, ${sort.key} AS sort_value, (${sort.key})::text AS sort_key
              FROM ${from}
             WHERE ${where.join('\n               AND ')}
             ORDER BY ${sort.key} ${sort.direction}, a.id ${sort.direction}
             LIMIT ${p(s.limit)}) p
      JOIN articles b ON b.id = p.id
     ORDER BY p.sort_value ${sort.direction}, p.id ${sort.direction}`;
  return { sql, params };
}

/** A hit's columns, of the page's row `p` (id, rank, sort_key) and its article `b`. */
export function pageColumns(s: ArticleSearch): string {
  const body = s.withBody ? ', b.body_text AS body, b.search_config::text AS config' : '';
  return (
    'b.id, b.source_id, b.title, b.language, b.url, b.version, b.published_at, b.received_at, ' +
    `left(b.body_text, 280) AS excerpt, p.rank, p.sort_key${body}`
  );
}

export function sortSpec(sort: SearchSort, rank: string): SortSpec {
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
