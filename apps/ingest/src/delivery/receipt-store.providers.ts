import { Logger, OnApplicationShutdown, Provider } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { databaseOptions, IngestReceiptRepository } from '@news/database';
import type { IngestConfig } from '../ingest.config';
import { MemoryReceiptStore, PostgresReceiptStore, RECEIPT_STORE, ReceiptStore } from './receipt-store';

export const INGEST_DATA_SOURCE = Symbol('INGEST_DATA_SOURCE');

/** Closes ingest's connection pool on shutdown (after the HTTP server stopped taking pushes). */
export class IngestDataSourceShutdown implements OnApplicationShutdown {
  constructor(private readonly ds: DataSource | null) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.ds?.isInitialized) await this.ds.destroy();
  }
}

/** PostgreSQL receipts when DATABASE_URL is set (shared by replicas, kept across restarts), else in memory. */
export function receiptStoreProviders(config: IngestConfig): Provider[] {
  const url = config.database.DATABASE_URL;
  return [
    {
      provide: INGEST_DATA_SOURCE,
      useFactory: async (): Promise<DataSource | null> => {
        if (!url) {
          new Logger('ingest').warn('DATABASE_URL is not set: receipts are kept in memory (one replica, lost on restart)');
          return null;
        }
        const ds = new DataSource({
          ...databaseOptions({ DATABASE_URL: url, DATABASE_POOL_SIZE: config.database.DATABASE_POOL_SIZE, DATABASE_SSL: config.database.DATABASE_SSL }),
          entities: [],
        });
        await ds.initialize();
        return ds;
      },
    },
    {
      provide: RECEIPT_STORE,
      inject: [INGEST_DATA_SOURCE],
      useFactory: (ds: DataSource | null): ReceiptStore =>
        ds ? new PostgresReceiptStore(new IngestReceiptRepository(ds), config.ingest.INGEST_RECEIPT_TTL_HOURS * 3_600_000) : new MemoryReceiptStore(),
    },
    { provide: IngestDataSourceShutdown, inject: [INGEST_DATA_SOURCE], useFactory: (ds: DataSource | null) => new IngestDataSourceShutdown(ds) },
  ];
}
