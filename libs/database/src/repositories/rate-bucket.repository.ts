import { DataSource } from 'typeorm';
import { preparedQuery } from './prepared-query';

export interface RateDecision {
  admitted: boolean;
  /** Tokens left after this request (fractional: the bucket refills continuously). */
  tokens: number;
}

/**
 * Takes one token from `key`'s bucket in a single statement: refill by the
 * time since the bucket was last touched (the database's clock), cap at the
 * burst, take one if there is one. The row lock of the upsert serialises
 * replicas taking from the same bucket, so together they admit the rate once.
 */
const TAKE = `
  INSERT INTO ingest_rate_buckets AS b (key, tokens, admitted, updated_at)
  VALUES ($1, $2::float8 - 1, true, statement_timestamp())
  ON CONFLICT (key) DO UPDATE SET (admitted, tokens, updated_at) = (
    SELECT r.tokens >= 1, r.tokens - CASE WHEN r.tokens >= 1 THEN 1 ELSE 0 END, GREATEST(b.updated_at, statement_timestamp())
      FROM (SELECT LEAST($2::float8, b.tokens + GREATEST(0, EXTRACT(EPOCH FROM statement_timestamp() - b.updated_at)) * $3::float8) AS tokens) r
  )
  RETURNING admitted, tokens`;

/** Token buckets in PostgreSQL (table of migration 1765300000000), shared by every ingest replica. */
export class RateBucketRepository {
  constructor(private readonly ds: DataSource) {}

  /** One request against a bucket of `burst` tokens refilled at `perSecond`; a new bucket starts full. */
  async take(key: string, burst: number, perSecond: number): Promise<RateDecision> {
    const { rows } = await preparedQuery<{ admitted: boolean; tokens: number }>(this.ds, 'ingest-rate-take-v1', TAKE, [
      key,
      burst,
      perSecond,
    ]);
    return { admitted: rows[0].admitted, tokens: Number(rows[0].tokens) };
  }

  /** Empties the buckets (tests). */
  async clear(): Promise<void> {
    await this.ds.query('DELETE FROM ingest_rate_buckets');
  }
}
