import type { Pool, QueryResultRow } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/**
 * Runs a statement as a named prepared statement on TypeORM's own pg pool: each
 * connection parses and plans it once, then only binds and executes. For the few hot,
 * fixed statements run once per request (ingest's receipts): planning them each time
 * costs a good part of PostgreSQL's CPU for them (docs/ingest.md, "Delivery promise").
 * Names must be unique per statement text.
 */
export async function preparedQuery<R extends QueryResultRow>(
  ds: DataSource,
  name: string,
  text: string,
  values: unknown[],
) {
  const pool = (ds.driver as PostgresDriver).master as Pool | undefined;
  if (!pool) throw new Error('preparedQuery: the DataSource is not initialised (no PostgreSQL pool)');
  return pool.query<R>({ name, text, values });
}

/** Runs a statement on the transaction's connection and returns rows and the affected-row count alike. */
export async function exec<T = unknown>(
  m: EntityManager,
  sql: string,
  params: unknown[],
): Promise<{ records: T[]; affected: number }> {
  const result = await m.queryRunner!.query(sql, params, true);
  return { records: (result.records ?? []) as T[], affected: result.affected ?? 0 };
}
