import { MigrationInterface, QueryRunner } from 'typeorm';

// Why: docs/store.md#benchmark (the search vector kept in the row).
export class StoreSearchVectorInline1764300000000 implements MigrationInterface {
  name = 'StoreSearchVectorInline1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE articles ALTER COLUMN search_vector SET STORAGE MAIN, SET (toast_tuple_target = 4000)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE articles ALTER COLUMN search_vector SET STORAGE EXTENDED, RESET (toast_tuple_target)`);
  }
}
