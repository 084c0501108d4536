import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Ingest's rate limits, shared by its replicas: one token bucket per limited
 * caller (a source's scope), refilled by the database's clock so replicas on
 * different machines agree. UNLOGGED: the buckets are worth nothing after a
 * crash or failover (they start full again), so they cost no WAL.
 */
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
