import { Logger, Provider } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { RateBucketRepository } from '@news/database';
import { INGEST_DATA_SOURCE } from '../delivery/receipt-store.providers';
import { RateLimiter, RequestLimiter } from './rate-limiter';
import { SharedRateLimiter } from './shared-rate-limiter';

export const RATE_LIMITER = Symbol('RATE_LIMITER');

/** Rate limits shared by the replicas in PostgreSQL when ingest has a database, else per process. */
export const rateLimiterProvider: Provider = {
  provide: RATE_LIMITER,
  inject: [INGEST_DATA_SOURCE],
  useFactory: (ds: DataSource | null): RequestLimiter => {
    if (!ds) return new RateLimiter();
    const logger = new Logger('RateLimits');
    return new SharedRateLimiter(new RateBucketRepository(ds), {
      onStateChange: (err) =>
        err
          ? logger.warn(
              `rate limits: the database does not answer (${err.message}); each replica limits alone until it does`,
            )
          : logger.log('rate limits: shared by the replicas again'),
    });
  },
};
