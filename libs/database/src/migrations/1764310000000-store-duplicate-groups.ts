import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Duplicate links are recomputed per group of equal texts after each batch
 * commits (see ArticleRepository.writeBatch), which reads every member of a
 * group, linked or not: this index covers all rows. Built CONCURRENTLY (so
 * outside a transaction) to keep the store writing while it builds, as the
 * expand → contract rule in docs/operations.md asks. The old partial index
 * (`articles_content_hash_idx`, used by releases before this one) is left for
 * a later release to drop.
 */
export class StoreDuplicateGroups1764310000000 implements MigrationInterface {
  name = 'StoreDuplicateGroups1764310000000';
  transaction = false;

  async up(q: QueryRunner): Promise<void> {
    // A build interrupted half-way leaves an INVALID index of that name: drop it so the build is redone.
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
    // Not CONCURRENTLY: TypeORM's revert runs in a transaction; dropping an index is quick.
    await q.query(`DROP INDEX IF EXISTS articles_content_hash_group_idx`);
  }
}
