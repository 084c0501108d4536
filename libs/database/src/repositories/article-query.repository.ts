import { DataSource } from 'typeorm';
import { ArticleSearch } from '../search/article-search';
import { MatchState, runSearch, SearchOptions, SearchResult } from '../search/run-search';
import { CURRENT_ARTICLE_COLUMNS, StoredArticleRow, VISIBLE_NOW } from './article-rows';

export type { ArticleRow, StoredArticleRow } from './article-rows';

export interface ArticleVersionRow {
  id: string;
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

/** Reads for the query API. Every value is a parameter. */
export class ArticleQueryRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findCurrent(id: string): Promise<StoredArticleRow | null> {
    const rows: StoredArticleRow[] = await this.dataSource.query(
      `SELECT ${CURRENT_ARTICLE_COLUMNS},
              (SELECT count(*)::int FROM article_versions v WHERE v.article_id = a.id) AS version_count,
              COALESCE((SELECT json_agg(json_build_object('id', d.id, 'sourceId', d.source_id, 'url', d.url) ORDER BY d.seq)
                          FROM (SELECT id, source_id, url, seq FROM articles
                                 WHERE duplicate_of = a.id ORDER BY seq LIMIT ${DUPLICATES_SHOWN}) d), '[]') AS duplicates
         FROM articles a JOIN sources s ON s.id = a.source_id
        WHERE a.id = $1 AND ${VISIBLE_NOW}`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** Every version received, newest first by the version rules; null when the article is unknown. */
  async findVersions(id: string): Promise<ArticleVersionRow[] | null> {
    const rows: ArticleVersionRow[] = await this.dataSource.query(
      `SELECT v.id::text AS id, v.version, v.version_created, v.pub_status, v.content_hash, v.source_id, v.url,
              v.title, v.body_text, v.language, v.published_at, v.received_at, v.word_count, v.tags, v.event_id,
              v.applied, v.recorded_at, v.feed, v.details, v.embargoed_until, v.detected_language, v.quality_flags,
              (v.version = a.version AND v.version_created IS NOT DISTINCT FROM a.version_created
                 AND COALESCE(v.state_hash, v.content_hash) = COALESCE(a.state_hash, a.content_hash)
                 AND v.pub_status = a.pub_status) AS current
         FROM article_versions v JOIN articles a ON a.id = v.article_id
        WHERE v.article_id = $1 AND ${VISIBLE_NOW}
        ORDER BY v.version DESC, v.version_created DESC NULLS LAST, v.id DESC`,
      [id],
    );
    if (rows.length > 0) return rows;
    const exists: unknown[] = await this.dataSource.query(`SELECT 1 FROM articles a WHERE a.id = $1 AND ${VISIBLE_NOW}`, [id]);
    return exists.length > 0 ? [] : null;
  }

  /** A page of search results (run-search.ts): q analysed, the fallback to any term, snippets and facets. */
  async search(search: ArticleSearch & MatchState, options: SearchOptions = {}): Promise<SearchResult> {
    return runSearch((sql, params) => this.dataSource.query(sql, params), search, options);
  }
}
