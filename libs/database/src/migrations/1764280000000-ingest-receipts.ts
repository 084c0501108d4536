import { MigrationInterface, QueryRunner } from 'typeorm';

// Why: docs/ingest.md#delivery-promise (receipts and Idempotency-Key answers).
export class IngestReceipts1764280000000 implements MigrationInterface {
  name = 'IngestReceipts1764280000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE ingest_receipts (
        article_id   uuid NOT NULL,
        content_hash char(64) NOT NULL,
        source_id    text NOT NULL,
        event_id     uuid NOT NULL,
        version      integer NOT NULL,
        pub_status   text NOT NULL,
        created_at   timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (article_id, content_hash)
      )`);
    await q.query(`CREATE INDEX ingest_receipts_created_idx ON ingest_receipts (created_at)`);
    await q.query(`
      CREATE TABLE ingest_idempotency_keys (
        source_id       text NOT NULL,
        idempotency_key text NOT NULL,
        request_hash    char(64) NOT NULL,
        status_code     integer NOT NULL,
        response        jsonb NOT NULL,
        created_at      timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (source_id, idempotency_key)
      )`);
    await q.query(`CREATE INDEX ingest_idempotency_keys_created_idx ON ingest_idempotency_keys (created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE ingest_idempotency_keys`);
    await q.query(`DROP TABLE ingest_receipts`);
  }
}
