import { DataSource } from 'typeorm';
import { databaseOptions } from './database-options';

/**
 * Applies the committed migrations to the database at `databaseUrl` (those already applied are
 * skipped), for the test setup and the benchmark; the store applies them at start-up with
 * DATABASE_MIGRATE_ON_START, and the CLI with `npm run migration:run`.
 */
export async function applyMigrations(databaseUrl: string): Promise<void> {
  const ds = new DataSource(databaseOptions({ DATABASE_URL: databaseUrl, DATABASE_POOL_SIZE: 2, DATABASE_SSL: false }));
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
  } finally {
    await ds.destroy();
  }
}
