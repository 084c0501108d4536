import { Inject, Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PipelineMetrics } from '@news/observability';

interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/** Samples the pg pool every few seconds into `db_pool_connections{state}`. */
@Injectable()
export class DbPoolMetrics implements OnModuleInit, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(PipelineMetrics) private readonly metrics: PipelineMetrics,
  ) {}

  onModuleInit(): void {
    this.timer = setInterval(() => this.sample(), 5_000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  private sample(): void {
    const pool = (this.dataSource.driver as unknown as { master?: PgPool }).master;
    if (!pool) return;
    this.metrics.dbPool.set({ state: 'total' }, pool.totalCount);
    this.metrics.dbPool.set({ state: 'idle' }, pool.idleCount);
    this.metrics.dbPool.set({ state: 'waiting' }, pool.waitingCount);
  }
}
