import { MigrationInterface, QueryRunner } from 'typeorm';

// Why: docs/api.md#changes-feed.
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
