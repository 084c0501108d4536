import type { DataSourceOptions } from 'typeorm';
import type { DatabaseEnv } from '@news/config';
import { ArticleEntity } from './entities/article.entity';
import { MIGRATIONS } from './migrations';

export const ENTITIES = [ArticleEntity];

/** The one description of the database connection, used by the app, the migration CLI and the tests. */
export function databaseOptions(
  env: Pick<DatabaseEnv, 'DATABASE_URL' | 'DATABASE_POOL_SIZE' | 'DATABASE_SSL'>,
): DataSourceOptions {
  return {
    type: 'postgres',
    url: env.DATABASE_URL,
    ssl: env.DATABASE_SSL ? { rejectUnauthorized: true } : false,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    // Each migration in its own transaction, so one that builds an index CONCURRENTLY can opt out (transaction =
    // false).
    migrationsTransactionMode: 'each',
    // Schema changes only through committed migrations.
    synchronize: false,
    migrationsRun: false,
    logging: ['error', 'warn', 'migration'],
    extra: {
      max: env.DATABASE_POOL_SIZE,
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
      // Fail a statement that hangs on a dead connection instead of waiting for ever.
      statement_timeout: 60_000,
      application_name: 'news-pipeline',
    },
  };
}
