import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Duplicate links are recomputed per group of equal texts after each batch
 * commits (see ArticleRepository.linkDuplicateGroups), which reads every
 * member of a group, linked or not: the index covers all rows, not only the
 * unlinked ones. Building it locks writes to `articles` for the build (seconds
 * per million rows); run it in a quiet moment on a large table.
 */
export class StoreDuplicateGroups1764310000000 implements MigrationInterface {
  name = 'StoreDuplicateGroups1764310000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX IF NOT EXISTS articles_content_hash_group_idx ON articles (content_hash, seq)`);
    await q.query(`DROP INDEX IF EXISTS articles_content_hash_idx`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX IF NOT EXISTS articles_content_hash_idx ON articles (content_hash, seq) WHERE duplicate_of IS NULL`);
    await q.query(`DROP INDEX IF EXISTS articles_content_hash_group_idx`);
  }
}
