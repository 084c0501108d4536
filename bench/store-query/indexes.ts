/**
 * The articles table's secondary indexes, dropped for the bulk load and built
 * again after it. Their definitions are kept in a table of the benchmark's own
 * database first, so a load that was interrupted after the drop still gets
 * them back on the next run instead of leaving the table without them.
 */
import type { Client } from 'pg';

const SAVE_DEFINITIONS = `
  CREATE TABLE IF NOT EXISTS bench_index_defs (name text PRIMARY KEY, def text NOT NULL);
  INSERT INTO bench_index_defs (name, def)
    SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'articles' AND indexname <> 'articles_pkey'
    ON CONFLICT (name) DO UPDATE SET def = EXCLUDED.def`;

/** Saves the definitions, then drops the indexes. */
export async function dropArticleIndexes(db: Client): Promise<void> {
  await db.query(SAVE_DEFINITIONS);
  const names = (await db.query<{ name: string }>(`SELECT name FROM bench_index_defs ORDER BY name`)).rows;
  for (const { name } of names) await db.query(`DROP INDEX IF EXISTS ${name}`);
}

/** Builds every saved index that does not exist; returns the names built. */
export async function restoreArticleIndexes(db: Client, log: (line: string) => void): Promise<string[]> {
  await db.query(`CREATE TABLE IF NOT EXISTS bench_index_defs (name text PRIMARY KEY, def text NOT NULL)`);
  const missing = (
    await db.query<{ name: string; def: string }>(
      `SELECT d.name, d.def FROM bench_index_defs d
        WHERE NOT EXISTS (SELECT 1 FROM pg_indexes i WHERE i.tablename = 'articles' AND i.indexname = d.name)
        ORDER BY d.name`,
    )
  ).rows;
  if (missing.length === 0) return [];
  await db.query(`SET maintenance_work_mem = '1GB'`);
  for (const i of missing) {
    const t = Date.now();
    await db.query(i.def);
    log(`  index ${i.name} (${((Date.now() - t) / 1000).toFixed(0)} s)`);
  }
  await db.query('VACUUM ANALYZE articles');
  return missing.map((i) => i.name);
}
