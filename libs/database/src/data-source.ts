/**
 * The DataSource the TypeORM CLI loads (`npm run migration:run`). It reads
 * DATABASE_URL through the same validated config class as the store.
 */
import { DataSource } from 'typeorm';
import { DatabaseEnv, loadConfig } from '@news/config';
import { databaseOptions } from './database-options';

const { database } = loadConfig({ database: DatabaseEnv });

export default new DataSource(databaseOptions(database));
