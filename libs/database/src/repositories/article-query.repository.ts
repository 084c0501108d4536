import { DataSource } from 'typeorm';
import { ArticleSearch, buildSearchStatement } from '../search/article-search';
import { analysedQuery, MatchState, runSearch, SearchOptions, SearchResult } from '../search/run-search';
import { CURRENT_ARTICLE_COLUMNS, StoredArticleRow, VISIBLE_NOW } from './article-rows';

export type { ArticleRow, StoredArticleRow } from './article-rows';

export interface ArticleVersionRow {
  id: string;
  article_id: string;
  external_id: string | null;
  canonical_url: string | null;
  provenance: string | null;
  content_state: string;
  version: number;
  version_created: Date | null;
  pub_status: string;
  content_hash: string;
  source_id: string;
  url: string | null;
  title: string;
  body_text: string;
  language: string | null;
  published_at: Date | null;
  received_at: Date;
  word_count: number;
  tags: Record<string, unknown>;
  feed: Record<string, unknown>;
  details: Record<string, unknown>;
  embargoed_until: Date | null;
  detected_language: string | null;
  quality_flags: string[];
  event_id: string;
  applied: boolean;
  current: boolean;
  recorded_at: Date;
}

/** How many duplicates an article's representation lists. */
const DUPLICATES_SHOWN = 100;

/** Reads that a consumer with the `read:embargoed` scope may extend to articles still under embargo. */
export interface VisibilityOptions {
  includeEmbargoed?: boolean;
}

/** A search's total: counted exactly up to a bound, estimated by the planner beyond it. */
export interface SearchTotal {
  value: number;
  exact: boolean;
}

const visible = (o: VisibilityOptions) => (o.includeEmbargoed ? 'TRUE' : VISIBLE_NOW);

/** Reads for the query API. Every value is a parameter. */
export class ArticleQueryRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findCurrent(id: string, options: VisibilityOptions = {}): Promise<StoredArticleRow | null> {
    const rows: StoredArticleRow[] = await this.dataSource.query(
      `SELECT ${CURRENT_ARTICLE_COLUMNS},
              (SELECT count(*)::int FROM article_versions v WHERE v.article_id = a.id) AS version_count,
              COALESCE((SELECT json_agg(json_build_object('id', d.id, 'sourceId', d.source_id, 'url', d.url, 'externalId', d.external_id) ORDER BY d.seq)
                          FROM (SELECT id, source_id, url, external_id, seq FROM articles
                                 WHERE duplicate_of = a.id ORDER BY seq LIMIT ${DUPLICATES_SHOWN}) d), '[]') AS duplicates,
              (SELECT o.external_id FROM articles o WHERE o.id = a.duplicate_of) AS duplicate_of_external_id
         FROM articles a JOIN sources s ON s.id = a.source_id
        WHERE a.id = $1 AND ${visible(options)}`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** Every version received, newest first by the version rules; null when the article is unknown. */
  async findVersions(id: string, options: VisibilityOptions = {}): Promise<ArticleVersionRow[] | null> {
    const rows: ArticleVersionRow[] = await this.dataSource.query(
      `SELECT v.id::text AS id, v.article_id::text AS article_id, v.external_id, v.canonical_url, v.provenance,
              COALESCE(v.state_hash, v.content_hash) AS content_state, v.version, v.version_created, v.pub_status, v.content_hash, v.source_id, v.url,
              v.title, v.body_text, v.language, v.published_at, v.received_at, v.word_count, v.tags, v.event_id,
              v.applied, v.recorded_at, v.feed, v.details, v.embargoed_until, v.detected_language, v.quality_flags,
              (v.version = a.version AND v.version_created IS NOT DISTINCT FROM a.version_created
                 AND COALESCE(v.state_hash, v.content_hash) = COALESCE(a.state_hash, a.content_hash)
                 AND v.pub_status = a.pub_status) AS current
         FROM article_versions v JOIN articles a ON a.id = v.article_id
        WHERE v.article_id = $1 AND ${visible(options)}
        ORDER BY v.version DESC, v.version_created DESC NULLS LAST, v.id DESC`,
      [id],
    );
    if (rows.length > 0) return rows;
    const exists: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM articles a WHERE a.id = $1 AND ${visible(options)}`,
      [id],
    );
    return exists.length > 0 ? [] : null;
  }

  /** A page of search results (run-search.ts): q analysed, the fallback to any term, snippets and facets. */
  async search(search: ArticleSearch & MatchState, options: SearchOptions = {}): Promise<SearchResult> {
    return runSearch((sql, params) => this.dataSource.query(sql, params), search, options);
  }

  /**
   * How many articles the search matches, whatever page: counted exactly up to
   * `bound` (the search's own statement, limited to bound + 1 rows and sorted by
   * a key that needs no ranking; PostgreSQL drops the unused columns), and past
   * it the planner's estimate of the matching rows (never below bound + 1).
   */
  async countSearch(search: ArticleSearch & MatchState, bound: number): Promise<SearchTotal> {
    const q = await analysedQuery((sql, params) => this.dataSource.query(sql, params), search);
    if (q === null) return { value: 0, exact: true };
    const { sql, params } = buildSearchStatement(
      { ...search, sort: '-published', after: undefined, limit: bound + 1 },
      q,
    );
    const counted: Array<{ n: number }> = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM (${sql}) AS matched`,
      params,
    );
    const n = counted[0]?.n ?? 0;
    if (n <= bound) return { value: n, exact: true };
    const unlimited = buildSearchStatement({ ...search, sort: 'received', after: undefined, limit: 2_147_483_647 }, q);
    const plan: Array<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }> = await this.dataSource.query(
      `EXPLAIN (FORMAT JSON) ${unlimited.sql}`,
      unlimited.params,
    );
    const estimate = matchingRows(plan[0]['QUERY PLAN'][0].Plan);
    return { value: Math.max(bound + 1, Math.round(estimate)), exact: false };
  }

  /** The ids' own identifiers, for representations that name articles by the feed's id (ninjs uri). */
  async externalIds(ids: string[]): Promise<Map<string, string | null>> {
    if (ids.length === 0) return new Map();
    const rows: Array<{ id: string; external_id: string | null }> = await this.dataSource.query(
      `SELECT id::text AS id, external_id FROM articles WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.external_id]));
  }
}

interface PlanNode {
  'Node Type': string;
  'Plan Rows': number;
  Plans?: PlanNode[];
}

/** The rows a plan expects to match before its LIMIT (the node under a Limit, when there is one). */
function matchingRows(plan: PlanNode): number {
  return plan['Node Type'] === 'Limit' && plan.Plans?.[0] ? plan.Plans[0]['Plan Rows'] : plan['Plan Rows'];
}
