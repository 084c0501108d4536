import type { Provider } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { TransportReceipt, TransportReceiptRepository } from '@news/database';
import { INGEST_DATA_SOURCE } from '../delivery/receipt-store.providers';
import type { IngestConfig } from '../ingest.config';

export type { TransportReceipt };

/** What the transports finished with: PostgreSQL when configured (kept across restarts), else this process's memory. */
export interface TransportReceiptStore {
  find(transport: string, itemKeys: string[]): Promise<Map<string, TransportReceipt>>;
  record(transport: string, receipts: TransportReceipt[]): Promise<void>;
}

export const TRANSPORT_RECEIPTS = Symbol('TRANSPORT_RECEIPTS');

export class PostgresTransportReceipts implements TransportReceiptStore {
  private readonly repo: TransportReceiptRepository;

  constructor(
    ds: DataSource,
    private readonly ttlMs: number,
  ) {
    this.repo = new TransportReceiptRepository(ds);
  }

  async find(transport: string, itemKeys: string[]) {
    const rows = await this.repo.find(transport, itemKeys, new Date(Date.now() - this.ttlMs));
    return new Map(rows.map((r) => [r.itemKey, r]));
  }

  record(transport: string, receipts: TransportReceipt[]) {
    return this.repo.record(transport, receipts);
  }
}

/**
 * Without DATABASE_URL: forgotten on restart, so a file left in an inbox by a crash is read again (same article ids).
 * Bounded.
 */
export class MemoryTransportReceipts implements TransportReceiptStore {
  private readonly receipts = new Map<string, TransportReceipt>();

  constructor(private readonly maxEntries = 100_000) {}

  async find(transport: string, itemKeys: string[]) {
    const out = new Map<string, TransportReceipt>();
    for (const k of itemKeys) {
      const r = this.receipts.get(`${transport}\n${k}`);
      if (r) out.set(k, r);
    }
    return out;
  }

  async record(transport: string, receipts: TransportReceipt[]) {
    for (const r of receipts) this.receipts.set(`${transport}\n${r.itemKey}`, r);
    while (this.receipts.size > this.maxEntries) this.receipts.delete(this.receipts.keys().next().value as string);
  }
}

/** PostgreSQL receipts when ingest has a database (the pool of its article receipts), else memory. */
export function transportReceiptProviders(config: IngestConfig): Provider[] {
  return [
    {
      provide: TRANSPORT_RECEIPTS,
      inject: [INGEST_DATA_SOURCE],
      useFactory: (ds: DataSource | null): TransportReceiptStore =>
        ds
          ? new PostgresTransportReceipts(ds, config.ingest.INGEST_RECEIPT_TTL_HOURS * 3_600_000)
          : new MemoryTransportReceipts(),
    },
  ];
}
