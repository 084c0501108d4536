import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The changes feed (GET /v1/changes): one row per change announced to
 * consumers, numbered in commit order. `seq` is taken while the writer holds
 * the feed's commit lock (CHANGES_COMMIT_LOCK), which it keeps until its
 * commit is visible, so the committed rows are always a prefix of the
 * numbers handed out and a reader's cursor never passes a row that commits
 * later. Why not xid horizons: docs/api.md ("Changes feed").
 * The articles' trace context lets an embargo release continue the push's trace.
 */
export class StoreChangesFeed1765400000000 implements MigrationInterface {
  name = 'StoreChangesFeed1765400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`SET LOCAL lock_timeout = '10s'`);
    await q.query(`
      CREATE TABLE IF NOT EXISTS article_changes (
        seq bigserial PRIMARY KEY,
        article_id uuid NOT NULL,
        version integer NOT NULL,
        change text NOT NULL CHECK (change IN ('created', 'updated', 'killed', 'embargo-lifted')),
        source_id text NOT NULL,
        event_id uuid,
        occurred_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX IF NOT EXISTS article_changes_article_idx ON article_changes (article_id, seq)`);
    await q.query(
      `ALTER TABLE articles ADD COLUMN IF NOT EXISTS traceparent text, ADD COLUMN IF NOT EXISTS tracestate text`,
    );
    await q.query(
      `ALTER TABLE articles ALTER COLUMN traceparent SET STATISTICS 0, ALTER COLUMN tracestate SET STATISTICS 0`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE articles DROP COLUMN IF EXISTS traceparent, DROP COLUMN IF EXISTS tracestate`);
    await q.query(`DROP TABLE IF EXISTS article_changes`);
  }
}
