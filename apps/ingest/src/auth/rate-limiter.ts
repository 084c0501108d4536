/** Ingest's per-source rate limit is the services' shared token bucket. */
export { TokenBuckets as RateLimiter } from '@news/observability';
