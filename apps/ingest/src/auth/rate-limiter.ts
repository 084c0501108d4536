/** Takes a request from `key`'s allowance: 0 when allowed, else the seconds to wait for the next one. */
export interface RequestLimiter {
  take(key: string, perMinute: number): number | Promise<number>;
}

/**
 * Token bucket per source in this process: `perMinute` requests a minute,
 * bursts up to the same number. Alone it limits per replica (N replicas allow
 * N times the rate); SharedRateLimiter uses it only while PostgreSQL is away.
 */
export class RateLimiter implements RequestLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  take(key: string, perMinute: number): number {
    if (perMinute <= 0) return 0;
    const now = this.now();
    const rate = perMinute / 60_000;
    const b = this.buckets.get(key) ?? { tokens: perMinute, at: now };
    b.tokens = Math.min(perMinute, b.tokens + (now - b.at) * rate);
    b.at = now;
    this.buckets.set(key, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - b.tokens) / rate / 1000));
  }
}
