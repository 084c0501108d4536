import { MigrationInterface, QueryRunner } from 'typeorm';
import { reindexSearch } from '../search/search-reindex';

// Why: docs/store.md#re-index.
const REINDEX_BUDGET_MS = 10 * 60_000;

export class StoreSearchAnalysis1766000000000 implements MigrationInterface {
  name = 'StoreSearchAnalysis1766000000000';
  transaction = false;

  async up(q: QueryRunner): Promise<void> {
    await q.query(`SET lock_timeout = '10s'`);
    await q.query(`ALTER TABLE articles ADD COLUMN IF NOT EXISTS search_analysis smallint NOT NULL DEFAULT 1`);
    await q.query(`CREATE TABLE IF NOT EXISTS search_configs (config regconfig PRIMARY KEY)`);
    await q.query(`
      CREATE OR REPLACE FUNCTION search_configs_from_inserts() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO search_configs (config) SELECT DISTINCT search_config FROM inserted ON CONFLICT DO NOTHING;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE OR REPLACE FUNCTION search_configs_from_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO search_configs (config) VALUES (NEW.search_config) ON CONFLICT DO NOTHING;
        RETURN NULL;
      END $$`);
    await q.query(`DROP TRIGGER IF EXISTS articles_search_configs_insert ON articles`);
    await q.query(`
      CREATE TRIGGER articles_search_configs_insert AFTER INSERT ON articles
        REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION search_configs_from_inserts()`);
    await q.query(`DROP TRIGGER IF EXISTS articles_search_configs_update ON articles`);
    await q.query(`
      CREATE TRIGGER articles_search_configs_update AFTER UPDATE OF search_config ON articles
        FOR EACH ROW WHEN (OLD.search_config IS DISTINCT FROM NEW.search_config) EXECUTE FUNCTION search_configs_from_update()`);
    await q.query(`RESET lock_timeout`);
    await q.query(
      `INSERT INTO search_configs (config) SELECT DISTINCT search_config FROM articles ON CONFLICT DO NOTHING`,
    );
    const result = await reindexSearch(async (sql, params) => (await q.query(sql, params, true)).records ?? [], {
      log: (line) => process.stdout.write(`${line}\n`),
      timeBudgetMs: REINDEX_BUDGET_MS,
    });
    if (!result.complete) {
      process.stdout.write(
        `search re-index stopped after ${REINDEX_BUDGET_MS / 1000} s at id ${result.lastId}: run npm run ` +
          `search:reindex for the rest\n`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS articles_search_configs_update ON articles`);
    await q.query(`DROP TRIGGER IF EXISTS articles_search_configs_insert ON articles`);
    await q.query(`DROP FUNCTION IF EXISTS search_configs_from_update()`);
    await q.query(`DROP FUNCTION IF EXISTS search_configs_from_inserts()`);
    await q.query(`DROP TABLE IF EXISTS search_configs`);
    await q.query(`ALTER TABLE articles DROP COLUMN IF EXISTS search_analysis`);
  }
}
