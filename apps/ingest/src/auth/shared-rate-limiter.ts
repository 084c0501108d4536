import type { RateDecision } from '@news/database';
import { within } from '../delivery/resilient-receipt-store';
import { RateLimiter, RequestLimiter } from './rate-limiter';

export interface SharedRateLimiterOptions {
  /** Longest a bucket may take to answer before this request is limited locally (a push must not hang on it). */
  timeoutMs?: number;
  /** After a failure, how long requests are limited locally before the database is asked again. */
  retryAfterMs?: number;
  now?: () => number;
  /** The database stopped answering (with why) or answers again (undefined). */
  onStateChange?: (error: Error | undefined) => void;
}

/**
 * The rate limits of every ingest replica together: one token bucket per
 * source in PostgreSQL (RateBucketRepository), so N replicas admit a source's
 * rate once, not N times. When the database fails or is slow, each replica
 * limits with its own in-memory bucket (as many times the rate as there are
 * replicas, never a refused push for want of a database) and asks the
 * database again `retryAfterMs` later.
 */
export class SharedRateLimiter implements RequestLimiter {
  private downUntil = 0;
  private down = false;
  private readonly now: () => number;

  constructor(
    private readonly buckets: { take(key: string, burst: number, perSecond: number): Promise<RateDecision> },
    private readonly options: SharedRateLimiterOptions = {},
    private readonly local: RequestLimiter = new RateLimiter(options.now),
  ) {
    this.now = options.now ?? Date.now;
  }

  async take(key: string, perMinute: number): Promise<number> {
    if (perMinute <= 0) return 0;
    if (this.now() < this.downUntil) return this.local.take(key, perMinute);
    const perSecond = perMinute / 60;
    try {
      const d = await within(
        this.buckets.take(key, perMinute, perSecond),
        this.options.timeoutMs ?? 1_000,
        'rate bucket',
      );
      if (this.down) {
        this.down = false;
        this.options.onStateChange?.(undefined);
      }
      return d.admitted ? 0 : Math.max(1, Math.ceil((1 - d.tokens) / perSecond));
    } catch (err) {
      this.downUntil = this.now() + (this.options.retryAfterMs ?? 5_000);
      if (!this.down) {
        this.down = true;
        this.options.onStateChange?.(err as Error);
      }
      return this.local.take(key, perMinute);
    }
  }
}
