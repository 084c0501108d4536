import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What ingest's transports (drop folders, mailboxes) have finished with:
 * one row per file or message, keyed by the transport (`sftp:ap`) and the
 * item's identity (its name and the SHA-256 of its bytes), written after
 * Kafka acknowledged its articles. A file still in the inbox after a crash
 * whose row exists is moved, not published again. `outcome` is `done` or
 * `error`, with the reason in `detail`. Purged after INGEST_RECEIPT_TTL_HOURS.
 */
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
