import { Logger, OnApplicationBootstrap, OnApplicationShutdown, Provider } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  databaseOptions,
  IngestReceiptRepository,
  readSchemaState,
  SchemaGate,
  TransportReceiptRepository,
} from '@news/database';
import { PipelineMetrics } from '@news/observability';
import type { IngestConfig } from '../ingest.config';
import { CoalescingReceiptStore } from './coalescing-receipt-store';
import { MemoryReceiptStore, PostgresReceiptStore, RECEIPT_STORE, ReceiptStore } from './receipt-store';
import { ResilientReceiptStore } from './resilient-receipt-store';

export const INGEST_DATA_SOURCE = Symbol('INGEST_DATA_SOURCE');
/** The SchemaGate over ingest's database, or null without one (receipts in memory). */
export const INGEST_SCHEMA_GATE = Symbol('INGEST_SCHEMA_GATE');

/**
 * Purges receipts (articles' and transports') older than the TTL once an hour (every replica may; the
 * DELETE is idempotent), and on shutdown stops the store's probes and closes the pool.
 */
export class IngestReceiptMaintenance implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('IngestReceipts');
  private timer?: NodeJS.Timeout;
  private purging: Promise<void> = Promise.resolve();

  constructor(
    private readonly ds: DataSource | null,
    private readonly ttlMs: number,
    private readonly store?: ReceiptStore,
  ) {}

  onApplicationBootstrap(): void {
    const ds = this.ds;
    if (!ds) return;
    const repos = [new IngestReceiptRepository(ds), new TransportReceiptRepository(ds)];
    this.timer = setInterval(() => {
      const before = new Date(Date.now() - this.ttlMs);
      this.purging = Promise.all(repos.map((r) => r.purgeOlderThan(before)))
        .then(([a, b]) => a + b)
        .then(
          (n) => void (n > 0 && this.logger.log(`purged ${n} expired receipts`)),
          (err: unknown) => this.logger.warn(`receipt purge failed: ${String(err)}`),
        );
    }, 3_600_000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    if (this.store instanceof ResilientReceiptStore) this.store.close();
    await this.purging;
    if (this.ds?.isInitialized) await this.ds.destroy();
  }
}

/** The receipts' data source, or null without DATABASE_URL; never fails start-up (see ResilientReceiptStore). */
async function openReceiptDatabase(config: IngestConfig): Promise<DataSource | null> {
  const url = config.database.DATABASE_URL;
  if (!url) {
    new Logger('ingest').warn('DATABASE_URL is not set: receipts are kept in memory (one replica, lost on restart)');
    return null;
  }
  const ds = new DataSource({
    ...databaseOptions({
      DATABASE_URL: url,
      DATABASE_POOL_SIZE: config.database.DATABASE_POOL_SIZE,
      DATABASE_SSL: config.database.DATABASE_SSL,
    }),
    entities: [],
  });
  // Ingest starts without its database too (degraded, see ResilientReceiptStore), and connects later.
  await ds
    .initialize()
    .catch((err: unknown) =>
      new Logger('ingest').warn(`receipt database unreachable at start-up: ${(err as Error).message}`),
    );
  return ds;
}

/** PostgreSQL receipts when DATABASE_URL is set (shared by replicas, kept across restarts), else in memory. */
export function receiptStoreProviders(config: IngestConfig): Provider[] {
  return [
    {
      provide: INGEST_DATA_SOURCE,
      useFactory: () => openReceiptDatabase(config),
    },
    {
      provide: INGEST_SCHEMA_GATE,
      inject: [INGEST_DATA_SOURCE],
      useFactory: (ds: DataSource | null): SchemaGate | null => {
        if (!ds) return null;
        const logger = new Logger('schema');
        return new SchemaGate({ read: () => readSchemaState(ds), log: (level, m) => logger[level](m) });
      },
    },
    {
      provide: RECEIPT_STORE,
      inject: [INGEST_DATA_SOURCE, PipelineMetrics],
      useFactory: (ds: DataSource | null, metrics: PipelineMetrics): ReceiptStore => {
        metrics.ingestReceiptStoreUp.set(1);
        if (!ds) return new MemoryReceiptStore();
        const postgres = new PostgresReceiptStore(
          new IngestReceiptRepository(ds),
          config.ingest.INGEST_RECEIPT_TTL_HOURS * 3_600_000,
        );
        return new ResilientReceiptStore(new CoalescingReceiptStore(postgres), {
          reconnect: async () => {
            if (!ds.isInitialized) await ds.initialize();
          },
          events: {
            state: (up) => metrics.ingestReceiptStoreUp.set(up ? 1 : 0),
            failure: (operation) => metrics.ingestReceiptStoreFailures.inc({ operation }),
            pending: (n) => metrics.ingestReceiptsPending.set(n),
          },
        });
      },
    },
    {
      provide: IngestReceiptMaintenance,
      inject: [INGEST_DATA_SOURCE, RECEIPT_STORE],
      useFactory: (ds: DataSource | null, store: ReceiptStore) =>
        new IngestReceiptMaintenance(ds, config.ingest.INGEST_RECEIPT_TTL_HOURS * 3_600_000, store),
    },
  ];
}
