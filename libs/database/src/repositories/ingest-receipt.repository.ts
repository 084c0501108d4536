import { DataSource } from 'typeorm';
import { preparedQuery } from './prepared-query';

/** One article version ingest published (Kafka acknowledged it). */
export interface IngestReceipt {
  articleId: string;
  contentHash: string;
  sourceId: string;
  eventId: string;
  version: number;
  pubStatus: string;
}

/** The answer given to a request with an Idempotency-Key. */
export interface IdempotentAnswer {
  requestHash: string;
  statusCode: number;
  response: unknown;
}

/** Ingest's receipts in PostgreSQL (tables of migration 1764280000000), set-based. */
export class IngestReceiptRepository {
  constructor(private readonly ds: DataSource) {}

  /** The receipts among `keys` (article id + content hash) that exist and are younger than `notBefore`. */
  async findReceipts(
    keys: Array<{ articleId: string; contentHash: string }>,
    notBefore: Date,
  ): Promise<IngestReceipt[]> {
    if (keys.length === 0) return [];
    const { rows } = await preparedQuery<Record<string, unknown>>(
      this.ds,
      'ingest-find-receipts-v1',
      `SELECT r.article_id, r.content_hash, r.source_id, r.event_id, r.version, r.pub_status
         FROM ingest_receipts r
         JOIN unnest($1::uuid[], $2::text[]) AS k(article_id, content_hash)
           ON r.article_id = k.article_id AND r.content_hash = k.content_hash
        WHERE r.created_at >= $3`,
      [keys.map((k) => k.articleId), keys.map((k) => k.contentHash), notBefore],
    );
    return rows.map((r) => ({
      articleId: r.article_id as string,
      contentHash: r.content_hash as string,
      sourceId: r.source_id as string,
      eventId: r.event_id as string,
      version: r.version as number,
      pubStatus: r.pub_status as string,
    }));
  }

  /** Records published versions; an existing receipt is refreshed (it was published again). */
  async recordReceipts(receipts: IngestReceipt[]): Promise<void> {
    if (receipts.length === 0) return;
    await preparedQuery(
      this.ds,
      'ingest-record-receipts-v1',
      `INSERT INTO ingest_receipts (article_id, content_hash, source_id, event_id, version, pub_status)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::int[], $6::text[])
       ON CONFLICT (article_id, content_hash) DO UPDATE
         SET event_id = EXCLUDED.event_id, created_at = now()`,
      [
        receipts.map((r) => r.articleId),
        receipts.map((r) => r.contentHash),
        receipts.map((r) => r.sourceId),
        receipts.map((r) => r.eventId),
        receipts.map((r) => r.version),
        receipts.map((r) => r.pubStatus),
      ],
    );
  }

  async findIdempotent(sourceId: string, key: string, notBefore: Date): Promise<IdempotentAnswer | null> {
    const rows: Array<Record<string, unknown>> = await this.ds.query(
      `SELECT request_hash, status_code, response FROM ingest_idempotency_keys
        WHERE source_id = $1 AND idempotency_key = $2 AND created_at >= $3`,
      [sourceId, key, notBefore],
    );
    const r = rows[0];
    return r
      ? { requestHash: r.request_hash as string, statusCode: r.status_code as number, response: r.response }
      : null;
  }

  async saveIdempotent(sourceId: string, key: string, answer: IdempotentAnswer): Promise<void> {
    await this.ds.query(
      `INSERT INTO ingest_idempotency_keys (source_id, idempotency_key, request_hash, status_code, response)
       VALUES ($1, $2, $3, $4, $5::jsonb)
       ON CONFLICT (source_id, idempotency_key) DO UPDATE
         SET request_hash = EXCLUDED.request_hash, status_code = EXCLUDED.status_code,
             response = EXCLUDED.response, created_at = now()`,
      [sourceId, key, answer.requestHash, answer.statusCode, JSON.stringify(answer.response)],
    );
  }

  /** Deletes receipts and idempotency answers older than `before`; returns how many rows went. */
  async purgeOlderThan(before: Date): Promise<number> {
    const a: [unknown, number] = await this.ds.query(`DELETE FROM ingest_receipts WHERE created_at < $1`, [before]);
    const b: [unknown, number] = await this.ds.query(`DELETE FROM ingest_idempotency_keys WHERE created_at < $1`, [
      before,
    ]);
    return (a[1] ?? 0) + (b[1] ?? 0);
  }
}
