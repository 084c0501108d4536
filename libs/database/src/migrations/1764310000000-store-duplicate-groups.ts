import { MigrationInterface, QueryRunner } from 'typeorm';

// Why: docs/store.md#schema (the index for duplicate groups, built concurrently).
export class StoreDuplicateGroups1764310000000 implements MigrationInterface {
  name = 'StoreDuplicateGroups1764310000000';
  transaction = false;

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DO $$ BEGIN
        IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
                    WHERE c.relname = 'articles_content_hash_group_idx' AND NOT i.indisvalid) THEN
          DROP INDEX articles_content_hash_group_idx;
        END IF;
      END $$`);
    await q.query(
      `CREATE INDEX CONCURRENTLY IF NOT EXISTS articles_content_hash_group_idx ON articles (content_hash, seq)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS articles_content_hash_group_idx`);
  }
}
