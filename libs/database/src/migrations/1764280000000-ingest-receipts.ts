import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What ingest has already published, shared by its replicas and kept across
 * restarts:
 *  - `ingest_receipts`: one row per (article, content hash) published, so the
 *    same version pushed again is answered 200 with the existing id and not
 *    published twice. Written only after Kafka acknowledged, so a failed
 *    publish never blocks the retry.
 *  - `ingest_idempotency_keys`: the answer given to a request carrying an
 *    `Idempotency-Key`, replayed for a client's retry of the same request.
 * Both are purged after INGEST_RECEIPT_TTL_HOURS (by `created_at`).
 */
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
