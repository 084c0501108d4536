/**
 * Requests per minute per caller (ingest's sources, the store's consumers),
 * bursts up to the same number. Per replica: N replicas allow N times the
 * rate (docs/ingest.md, docs/api.md).
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Takes a token; 0 when allowed, else the whole seconds until the next one (Retry-After). */
  take(caller: string, perMinute: number): number {
    if (perMinute <= 0) return 0;
    const now = this.now();
    const perMs = perMinute / 60_000;
    const bucket = this.buckets.get(caller) ?? { tokens: perMinute, at: now };
    bucket.tokens = Math.min(perMinute, bucket.tokens + (now - bucket.at) * perMs);
    bucket.at = now;
    this.buckets.set(caller, bucket);
    if (bucket.tokens < 1) return Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
    bucket.tokens -= 1;
    return 0;
  }
}
