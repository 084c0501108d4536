import { MigrationInterface, QueryRunner } from 'typeorm';

// Why: docs/ingest.md#rate-limits-across-replicas.
export class IngestRateBuckets1765300000000 implements MigrationInterface {
  name = 'IngestRateBuckets1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE UNLOGGED TABLE ingest_rate_buckets (
        key        text PRIMARY KEY,
        tokens     double precision NOT NULL,
        admitted   boolean NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE ingest_rate_buckets`);
  }
}
