import { DataSource } from 'typeorm';
import type { ArticleChange } from './article.repository';
import { ArticleRow, CURRENT_ARTICLE_COLUMNS } from './article-rows';
import { recordChanges } from './changes.repository';

/** An article whose embargo has lifted, with what to tell consumers. */
export interface DueAnnouncement {
  row: ArticleRow;
  change: 'created' | 'updated';
}

const CURRENT_FROM_EVENTS_SQL = `
  SELECT id, version, pub_status,
         CASE WHEN announce_change IS NOT NULL THEN announce_change = 'created' ELSE stored_at = updated_at END AS created,
         last_event_id,
         announce_due_at IS NOT NULL AS held
    FROM articles WHERE id = ANY($1::uuid[]) AND last_event_id = ANY($2::uuid[])`;

const DUE_SQL = `
  SELECT ${CURRENT_ARTICLE_COLUMNS}, a.announce_change
    FROM articles a JOIN sources s ON s.id = a.source_id
   WHERE a.announce_due_at <= now()
   ORDER BY a.announce_due_at
   LIMIT $1
     FOR UPDATE OF a SKIP LOCKED`;

/** What the store tells consumers, and when: at once after a write, or when an embargo lifts. */
export class AnnouncementRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The articles whose current version came from one of these events: what a
   * batch made current, found again on a redelivery so its announcements are
   * not lost when publishing failed after the commit.
   */
  async currentFromEvents(
    events: Array<{ articleId: string; eventId: string }>,
  ): Promise<Array<ArticleChange & { lastEventId: string }>> {
    if (events.length === 0) return [];
    // Looked up by primary key, then filtered by event: last_event_id has no index.
    const rows: Array<{
      id: string;
      version: number;
      pub_status: string;
      created: boolean;
      last_event_id: string;
      held: boolean;
    }> = await this.dataSource.query(CURRENT_FROM_EVENTS_SQL, [
      [...new Set(events.map((e) => e.articleId))],
      events.map((e) => e.eventId),
    ]);
    return rows.map((r) => ({
      id: r.id,
      version: r.version,
      pubStatus: r.pub_status,
      inserted: r.created,
      lastEventId: r.last_event_id,
      held: r.held,
    }));
  }

  /**
   * Hands at most `limit` articles whose embargo has lifted to `announce`,
   * and marks them announced only once it resolves. The rows stay locked
   * meanwhile, so replicas never announce the same one and a new version
   * arriving waits until the release is done. Returns how many were released.
   */
  async releaseDue(limit: number, announce: (due: DueAnnouncement[]) => Promise<void>): Promise<number> {
    return this.dataSource.transaction(async (m) => {
      const rows: Array<ArticleRow & { announce_change: string }> = await m.query(DUE_SQL, [limit]);
      if (rows.length === 0) return 0;
      await announce(
        rows.map(({ announce_change, ...row }) => ({
          row,
          change: announce_change === 'updated' ? 'updated' : 'created',
        })),
      );
      await m.query(`UPDATE articles SET announce_due_at = NULL, announce_change = NULL WHERE id = ANY($1::uuid[])`, [
        rows.map((r) => r.id),
      ]);
      await recordChanges(
        m,
        rows.map((r) => ({
          articleId: r.id,
          version: r.version,
          change: 'embargo-lifted',
          sourceId: r.source_id,
          eventId: r.last_event_id,
        })),
      );
      return rows.length;
    });
  }
}
