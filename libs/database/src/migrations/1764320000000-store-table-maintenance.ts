import { MigrationInterface, QueryRunner } from 'typeorm';

// Why each setting: docs/store.md#table-maintenance-1764320000000-store-table-maintenance.
const APPEND_TABLES = ['articles', 'article_versions'];
const ANALYZE_THRESHOLD = 50_000;
const UNFILTERED_COLUMNS = ['body_text', 'title', 'tags', 'quality_flags', 'url', 'canonical_url', 'correlation_id', 'external_id'];
const LZ4_COLUMNS: Array<[table: string, column: string]> = [
  ['articles', 'body_text'],
  ['article_versions', 'body_text'],
];

export class StoreTableMaintenance1764320000000 implements MigrationInterface {
  name = 'StoreTableMaintenance1764320000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`SET LOCAL lock_timeout = '10s'`);
    for (const table of APPEND_TABLES) {
      await q.query(`ALTER TABLE ${table} SET (autovacuum_analyze_threshold = ${ANALYZE_THRESHOLD})`);
      await q.query(`ALTER TABLE ${table} ${UNFILTERED_COLUMNS.map((c) => `ALTER COLUMN ${c} SET STATISTICS 0`).join(', ')}`);
    }
    const alters = LZ4_COLUMNS.map(([t, c]) => `ALTER TABLE ${t} ALTER COLUMN ${c} SET COMPRESSION lz4;`).join(' ');
    await q.query(`DO $$ BEGIN ${alters}
      EXCEPTION WHEN feature_not_supported THEN
        RAISE WARNING 'PostgreSQL has no LZ4: article bodies stay compressed with pglz';
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [t, c] of LZ4_COLUMNS) await q.query(`ALTER TABLE ${t} ALTER COLUMN ${c} SET COMPRESSION DEFAULT`);
    for (const table of APPEND_TABLES) {
      await q.query(`ALTER TABLE ${table} ${UNFILTERED_COLUMNS.map((c) => `ALTER COLUMN ${c} SET STATISTICS -1`).join(', ')}`);
      await q.query(`ALTER TABLE ${table} RESET (autovacuum_analyze_threshold)`);
    }
  }
}
