import { MigrationInterface, QueryRunner } from 'typeorm';

// Why: docs/ingest.md#what-happens-to-a-file (transport receipts).
export class IngestTransportReceipts1765200000000 implements MigrationInterface {
  name = 'IngestTransportReceipts1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE ingest_transport_receipts (
        transport  text NOT NULL,
        item_key   text NOT NULL,
        outcome    text NOT NULL CHECK (outcome IN ('done', 'error')),
        detail     jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (transport, item_key)
      )`);
    await q.query(`CREATE INDEX ingest_transport_receipts_created_idx ON ingest_transport_receipts (created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE ingest_transport_receipts`);
  }
}
