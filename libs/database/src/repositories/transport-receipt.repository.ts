import { DataSource } from 'typeorm';

/** A file or message an ingest transport finished with (its articles acknowledged by Kafka, or refused). */
export interface TransportReceipt {
  /** The item's identity within its transport: its name and the SHA-256 of its bytes. */
  itemKey: string;
  outcome: 'done' | 'error';
  /** What happened: article ids published, the reason of a refusal. */
  detail: Record<string, unknown>;
}

/** The transports' receipts in PostgreSQL (migration 1765200000000), set-based. */
export class TransportReceiptRepository {
  constructor(private readonly ds: DataSource) {}

  /** The receipts among `itemKeys` of one transport that exist and are younger than `notBefore`. */
  async find(transport: string, itemKeys: string[], notBefore: Date): Promise<TransportReceipt[]> {
    if (itemKeys.length === 0) return [];
    const rows: Array<Record<string, unknown>> = await this.ds.query(
      `SELECT item_key, outcome, detail FROM ingest_transport_receipts
        WHERE transport = $1 AND item_key = ANY($2::text[]) AND created_at >= $3`,
      [transport, itemKeys, notBefore],
    );
    return rows.map((r) => ({
      itemKey: r.item_key as string,
      outcome: r.outcome as 'done' | 'error',
      detail: r.detail as Record<string, unknown>,
    }));
  }

  /** Records finished items; a receipt recorded again (the item came back) is refreshed. */
  async record(transport: string, receipts: TransportReceipt[]): Promise<void> {
    if (receipts.length === 0) return;
    await this.ds.query(
      `INSERT INTO ingest_transport_receipts (transport, item_key, outcome, detail)
       SELECT $1, k, o, d::jsonb FROM unnest($2::text[], $3::text[], $4::text[]) AS u(k, o, d)
       ON CONFLICT (transport, item_key) DO UPDATE
         SET outcome = EXCLUDED.outcome, detail = EXCLUDED.detail, created_at = now()`,
      [
        transport,
        receipts.map((r) => r.itemKey),
        receipts.map((r) => r.outcome),
        receipts.map((r) => JSON.stringify(r.detail)),
      ],
    );
  }

  /** Deletes receipts older than `before`; returns how many went. */
  async purgeOlderThan(before: Date): Promise<number> {
    const r: [unknown, number] = await this.ds.query(`DELETE FROM ingest_transport_receipts WHERE created_at < $1`, [
      before,
    ]);
    return r[1] ?? 0;
  }
}
