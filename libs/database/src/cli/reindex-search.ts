/*
 * Rebuilds the articles' search vectors in small batches while the store keeps
 * writing and search keeps answering (docs/store.md, "Re-index").
 *   node dist/libs/database/src/cli/reindex-search.js [--all] [--batch-size 500] [--pause-ms 0] [--after <id>]
 * Without --all only rows built by an older analysis are rebuilt (what the
 * migration left, if it was cut short); with --all every row, as after a
 * dictionary or text-search configuration change. Needs DATABASE_URL. Prints a
 * JSON report; a run stopped with Ctrl-C prints the last id, to resume with --after.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { DatabaseEnv, loadConfigOrExit } from '@news/config';
import { databaseOptions } from '../database-options';
import { reindexSearch } from '../search/search-reindex';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function positiveInt(value: string | undefined, name: string, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > 100_000)
    throw new Error(`--${name} must be an integer from ${min} to 100000`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      all: { type: 'boolean', default: false },
      'batch-size': { type: 'string' },
      'pause-ms': { type: 'string' },
      after: { type: 'string' },
    },
  });
  if (values.after !== undefined && !UUID.test(values.after)) throw new Error('--after must be an article id (a UUID)');
  const batchSize = positiveInt(values['batch-size'], 'batch-size', 500, 1);
  const pauseMs = positiveInt(values['pause-ms'], 'pause-ms', 0, 0);
  const { database } = loadConfigOrExit({ database: DatabaseEnv });
  const ds = new DataSource({ ...databaseOptions(database), logging: ['error'] });
  await ds.initialize();
  // One connection, and structured results: DataSource.query answers an UPDATE with [rows, count].
  const runner = ds.createQueryRunner();
  const stop = new AbortController();
  process.once('SIGINT', () => stop.abort());
  process.once('SIGTERM', () => stop.abort());
  try {
    const started = Date.now();
    const result = await reindexSearch(async (sql, params) => (await runner.query(sql, params, true)).records ?? [], {
      all: values.all,
      batchSize,
      pauseMs,
      afterId: values.after,
      signal: stop.signal,
      log: (line) => process.stderr.write(`${line}\n`),
    });
    const seconds = (Date.now() - started) / 1000;
    process.stdout.write(`${JSON.stringify({ ...result, all: values.all, stopped: stop.signal.aborted, seconds })}\n`);
  } finally {
    await runner.release();
    await ds.destroy();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`reindex-search: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
