import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Keeps an article's search vector in the table row, not in TOAST, whenever
 * the row fits in 4,000 bytes. The body is moved out first. Every candidate
 * row of a search needs its vector to recheck and rank the match, and a TOAST
 * fetch per row made filtered searches slow (figures: docs/store.md).
 * This takes effect for rows written from now on.
 */
export class StoreSearchVectorInline1764300000000 implements MigrationInterface {
  name = 'StoreSearchVectorInline1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE articles ALTER COLUMN search_vector SET STORAGE MAIN, SET (toast_tuple_target = 4000)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE articles ALTER COLUMN search_vector SET STORAGE EXTENDED, RESET (toast_tuple_target)`);
  }
}
