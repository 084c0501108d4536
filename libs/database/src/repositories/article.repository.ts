import { DataSource, EntityManager } from 'typeorm';
import { ArticleEntity } from '../entities/article.entity';
import { latestPerId, VersionStamp } from './version-order';

/** A row to write as an article's current version. */
export interface ArticleWrite extends VersionStamp {
  id: string;
  sourceId: string;
  externalId: string | null;
  url: string | null;
  canonicalUrl: string | null;
  title: string;
  bodyText: string;
  language: string | null;
  publishedAt: Date | null;
  receivedAt: Date;
  wordCount: number;
  qualityFlags: string[];
  tags: Record<string, unknown>;
  correlationId: string;
  lastEventId: string;
}

export interface ArticleChange {
  id: string;
  version: number;
  pubStatus: string;
  inserted: boolean;
}

/**
 * Set-based writes: a whole batch in one statement. The conflict clause
 * repeats the rules of `supersedes`, so an older or equal version arriving
 * late never overwrites the current row.
 */
const UPSERT_SQL = `
  INSERT INTO articles AS a (
    id, source_id, external_id, url, canonical_url, title, body_text, language, published_at,
    received_at, version, version_created, pub_status, content_hash, word_count, quality_flags,
    tags, correlation_id, last_event_id, stored_at, updated_at)
  SELECT r.id, r.source_id, r.external_id, r.url, r.canonical_url, r.title, r.body_text, r.language,
         r.published_at, r.received_at, r.version, r.version_created, r.pub_status, r.content_hash,
         r.word_count, r.quality_flags, r.tags, r.correlation_id, r.last_event_id, now(), now()
  FROM jsonb_to_recordset($1::jsonb) AS r(
    id uuid, source_id text, external_id text, url text, canonical_url text, title text, body_text text,
    language text, published_at timestamptz, received_at timestamptz, version integer,
    version_created timestamptz, pub_status text, content_hash text, word_count integer,
    quality_flags jsonb, tags jsonb, correlation_id text, last_event_id uuid)
  ON CONFLICT (id) DO UPDATE SET
    source_id = EXCLUDED.source_id, external_id = EXCLUDED.external_id, url = EXCLUDED.url,
    canonical_url = EXCLUDED.canonical_url, title = EXCLUDED.title, body_text = EXCLUDED.body_text,
    language = EXCLUDED.language, published_at = EXCLUDED.published_at, received_at = EXCLUDED.received_at,
    version = EXCLUDED.version, version_created = EXCLUDED.version_created, pub_status = EXCLUDED.pub_status,
    content_hash = EXCLUDED.content_hash, word_count = EXCLUDED.word_count,
    quality_flags = EXCLUDED.quality_flags, tags = EXCLUDED.tags, correlation_id = EXCLUDED.correlation_id,
    last_event_id = EXCLUDED.last_event_id, updated_at = now()
  WHERE EXCLUDED.version > a.version
     OR (EXCLUDED.version = a.version
         AND COALESCE(EXCLUDED.version_created, '-infinity') > COALESCE(a.version_created, '-infinity'))
     OR (EXCLUDED.version = a.version
         AND EXCLUDED.version_created IS NOT DISTINCT FROM a.version_created
         AND (EXCLUDED.content_hash <> a.content_hash OR EXCLUDED.pub_status <> a.pub_status))
  RETURNING a.id, a.version, a.pub_status, (a.xmax = 0) AS inserted`;

export class ArticleRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Writes the batch's winning versions in one transaction-bound statement and
   * returns only the rows that actually changed (nothing for a redelivery).
   */
  async upsertCurrent(manager: EntityManager, rows: ArticleWrite[]): Promise<ArticleChange[]> {
    if (rows.length === 0) return [];
    const winners = latestPerId(rows);
    const payload = winners.map((r) => ({
      id: r.id,
      source_id: r.sourceId,
      external_id: r.externalId,
      url: r.url,
      canonical_url: r.canonicalUrl,
      title: r.title,
      body_text: r.bodyText,
      language: r.language,
      published_at: r.publishedAt?.toISOString() ?? null,
      received_at: r.receivedAt.toISOString(),
      version: r.version,
      version_created: r.versionCreated?.toISOString() ?? null,
      pub_status: r.pubStatus,
      content_hash: r.contentHash,
      word_count: r.wordCount,
      quality_flags: r.qualityFlags,
      tags: r.tags,
      correlation_id: r.correlationId,
      last_event_id: r.lastEventId,
    }));
    const result: Array<{ id: string; version: number; pub_status: string; inserted: boolean }> = await manager.query(
      UPSERT_SQL,
      [JSON.stringify(payload)],
    );
    return result.map((r) => ({ id: r.id, version: r.version, pubStatus: r.pub_status, inserted: r.inserted }));
  }

  /**
   * The articles whose current version came from one of these events: what a
   * batch made current, found again on a redelivery so its announcements are
   * not lost when publishing failed after the commit.
   */
  async currentFromEvents(eventIds: string[]): Promise<Array<ArticleChange & { lastEventId: string }>> {
    if (eventIds.length === 0) return [];
    const rows: Array<{ id: string; version: number; pub_status: string; created: boolean; last_event_id: string }> =
      await this.dataSource.query(
        `SELECT id, version, pub_status, (stored_at = updated_at) AS created, last_event_id
           FROM articles WHERE last_event_id = ANY($1::uuid[])`,
        [eventIds],
      );
    return rows.map((r) => ({ id: r.id, version: r.version, pubStatus: r.pub_status, inserted: r.created, lastEventId: r.last_event_id }));
  }

  async findById(id: string): Promise<ArticleEntity | null> {
    return this.dataSource.getRepository(ArticleEntity).findOne({ where: { id } });
  }

  async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }
}
