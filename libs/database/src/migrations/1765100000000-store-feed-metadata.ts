import { MigrationInterface, QueryRunner } from 'typeorm';

// Why: docs/store.md#feed-metadata, #embargo and #version-rules.
export class StoreFeedMetadata1765100000000 implements MigrationInterface {
  name = 'StoreFeedMetadata1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`SET LOCAL lock_timeout = '10s'`);
    for (const table of ['articles', 'article_versions']) {
      await q.query(`
        ALTER TABLE ${table}
          ADD COLUMN IF NOT EXISTS feed jsonb NOT NULL DEFAULT '{}'::jsonb,
          ADD COLUMN IF NOT EXISTS details jsonb NOT NULL DEFAULT '{}'::jsonb,
          ADD COLUMN IF NOT EXISTS embargoed_until timestamptz,
          ADD COLUMN IF NOT EXISTS detected_language text,
          ADD COLUMN IF NOT EXISTS provenance text,
          ADD COLUMN IF NOT EXISTS state_hash char(64)`);
      await q.query(`ALTER TABLE ${table} ALTER COLUMN feed SET STATISTICS 0, ALTER COLUMN details SET STATISTICS 0`);
    }
    await q.query(`
      ALTER TABLE articles
        ADD COLUMN IF NOT EXISTS announce_due_at timestamptz,
        ADD COLUMN IF NOT EXISTS announce_change text`);
    await q.query(`UPDATE articles SET state_hash = content_hash WHERE state_hash IS NULL`);
    await q.query(`UPDATE article_versions SET state_hash = content_hash WHERE state_hash IS NULL`);
    await q.query(`
      CREATE INDEX IF NOT EXISTS articles_announce_due_idx ON articles (announce_due_at)
       WHERE announce_due_at IS NOT NULL`);
    await q.query(`ALTER TABLE article_versions DROP CONSTRAINT article_versions_identity`);
    await q.query(`
      ALTER TABLE article_versions ADD CONSTRAINT article_versions_identity
        UNIQUE NULLS NOT DISTINCT (article_id, version, version_created, state_hash, pub_status)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE article_versions DROP CONSTRAINT article_versions_identity`);
    await q.query(`
      DELETE FROM article_versions v USING article_versions w
       WHERE v.article_id = w.article_id AND v.version = w.version
         AND v.version_created IS NOT DISTINCT FROM w.version_created
         AND v.content_hash = w.content_hash AND v.pub_status = w.pub_status AND v.id > w.id`);
    await q.query(`
      ALTER TABLE article_versions ADD CONSTRAINT article_versions_identity
        UNIQUE NULLS NOT DISTINCT (article_id, version, version_created, content_hash, pub_status)`);
    await q.query(`DROP INDEX IF EXISTS articles_announce_due_idx`);
    await q.query(`ALTER TABLE articles DROP COLUMN IF EXISTS announce_due_at, DROP COLUMN IF EXISTS announce_change`);
    for (const table of ['articles', 'article_versions']) {
      await q.query(`
        ALTER TABLE ${table}
          DROP COLUMN IF EXISTS feed, DROP COLUMN IF EXISTS details, DROP COLUMN IF EXISTS embargoed_until, DROP COLUMN IF EXISTS detected_language,
          DROP COLUMN IF EXISTS provenance, DROP COLUMN IF EXISTS state_hash`);
    }
  }
}
