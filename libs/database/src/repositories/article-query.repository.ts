import { DataSource } from 'typeorm';
import { ArticleSearch, buildSearchStatement } from '../search/article-search';

/** The current version of an article with what the API shows beside it. */
export interface StoredArticleRow {
  id: string;
  source_id: string;
  source_first_seen_at: Date;
  external_id: string | null;
  url: string | null;
  canonical_url: string | null;
  title: string;
  body_text: string;
  language: string | null;
  published_at: Date | null;
  received_at: Date;
  version: number;
  version_created: Date | null;
  pub_status: string;
  killed_at: Date | null;
  content_hash: string;
  word_count: number;
  quality_flags: string[];
  tags: Record<string, unknown>;
  duplicate_of: string | null;
  duplicates: Array<{ id: string; sourceId: string; url: string | null }>;
  version_count: number;
  stored_at: Date;
  updated_at: Date;
}

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
  event_id: string;
  applied: boolean;
  current: boolean;
  recorded_at: Date;
}

export interface SearchHitRow {
  id: string;
  source_id: string;
  title: string;
  language: string | null;
  url: string | null;
  version: number;
  published_at: Date | null;
  received_at: Date;
  excerpt: string;
  rank: number | null;
  sort_key: string;
}

/** How many duplicates an article's representation lists. */
const DUPLICATES_SHOWN = 100;

/** Reads for the query API. Every value is a parameter. */
export class ArticleQueryRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findCurrent(id: string): Promise<StoredArticleRow | null> {
    const rows: StoredArticleRow[] = await this.dataSource.query(
      `SELECT a.id, a.source_id, s.first_seen_at AS source_first_seen_at, a.external_id, a.url, a.canonical_url,
              a.title, a.body_text, a.language, a.published_at, a.received_at, a.version, a.version_created,
              a.pub_status, a.killed_at, a.content_hash, a.word_count, a.quality_flags, a.tags, a.duplicate_of,
              a.stored_at, a.updated_at,
              (SELECT count(*)::int FROM article_versions v WHERE v.article_id = a.id) AS version_count,
              COALESCE((SELECT json_agg(json_build_object('id', d.id, 'sourceId', d.source_id, 'url', d.url) ORDER BY d.seq)
                          FROM (SELECT id, source_id, url, seq FROM articles
                                 WHERE duplicate_of = a.id ORDER BY seq LIMIT ${DUPLICATES_SHOWN}) d), '[]') AS duplicates
         FROM articles a JOIN sources s ON s.id = a.source_id
        WHERE a.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** Every version received, newest first by the version rules; null when the article is unknown. */
  async findVersions(id: string): Promise<ArticleVersionRow[] | null> {
    const rows: ArticleVersionRow[] = await this.dataSource.query(
      `SELECT v.id::text AS id, v.version, v.version_created, v.pub_status, v.content_hash, v.source_id, v.url,
              v.title, v.body_text, v.language, v.published_at, v.received_at, v.word_count, v.tags, v.event_id,
              v.applied, v.recorded_at,
              (v.version = a.version AND v.version_created IS NOT DISTINCT FROM a.version_created
                 AND v.content_hash = a.content_hash AND v.pub_status = a.pub_status) AS current
         FROM article_versions v JOIN articles a ON a.id = v.article_id
        WHERE v.article_id = $1
        ORDER BY v.version DESC, v.version_created DESC NULLS LAST, v.id DESC`,
      [id],
    );
    if (rows.length > 0) return rows;
    const exists: unknown[] = await this.dataSource.query(`SELECT 1 FROM articles WHERE id = $1`, [id]);
    return exists.length > 0 ? [] : null;
  }

  async search(search: ArticleSearch): Promise<SearchHitRow[]> {
    const { sql, params } = buildSearchStatement(search);
    return this.dataSource.query(sql, params);
  }
}
