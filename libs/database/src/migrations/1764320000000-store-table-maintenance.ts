import { MigrationInterface, QueryRunner } from 'typeorm';

/** The article tables the store appends to at the pipeline's rate. */
const APPEND_TABLES = ['articles', 'article_versions'];

/**
 * Rows of changes between two automatic ANALYZEs of an article table, on top
 * of PostgreSQL's 10 % of the table. An ANALYZE of `articles` took 1.5 s of
 * CPU over 5 s in the benchmark's end-to-end run (30,000 sample rows, every
 * column's statistics), and one of `article_versions` 0.65 s. With the
 * default threshold of 50 rows, a table of under about 120,000 articles
 * taking 200 a second (12,000 changes a minute) is re-analysed at every pass
 * of the autovacuum launcher (once a minute), and on the 2-core benchmark
 * machine every one of those bursts put the normaliser a second or more
 * behind (README, "Benchmark"). What the planner reads from these statistics
 * (sources, tags, dates, lexeme frequencies) moves little in 50,000 articles,
 * and dates past the histogram's end are read from the indexes' ends anyway. Past 500,000 rows PostgreSQL's own 10 % is the larger
 * term.
 */
const ANALYZE_THRESHOLD = 50_000;

/**
 * Wide columns no query filters, joins or sorts on: the planner never reads
 * their statistics, and computing them took about 30 % of an ANALYZE of
 * `articles` (0.78-0.86 s → 0.55-0.59 s on 28,000 rows). Statistics target 0
 * skips them.
 */
const UNFILTERED_COLUMNS = ['body_text', 'title', 'tags', 'quality_flags', 'url', 'canonical_url', 'correlation_id', 'external_id'];

/**
 * Article bodies compressed with LZ4 instead of pglz, where the server is
 * built with it (Debian's and the official images are).
 * pglz_compress was PostgreSQL's busiest function in a profile of the
 * end-to-end run (about 4 % of its CPU). Storing 4,211 bodies of this
 * database (5.7 kB on average) with their vectors took 175 ms of compression
 * with LZ4 against 560 ms with pglz. Applies to values written from now on;
 * stored values stay readable as they are. The search vector keeps pglz: with
 * LZ4 it would be compressed where pglz gives up, and decompressed for every
 * row a search ranks, which the search benchmark (docs/store.md) has not
 * measured.
 */
const LZ4_COLUMNS: Array<[table: string, column: string]> = [
  ['articles', 'body_text'],
  ['article_versions', 'body_text'],
];

export class StoreTableMaintenance1764320000000 implements MigrationInterface {
  name = 'StoreTableMaintenance1764320000000';

  async up(q: QueryRunner): Promise<void> {
    // SET COMPRESSION takes an exclusive lock for a moment: behind a long query it would queue every
    // reader and writer of the table behind it. Better to fail the deploy (it is safe to rerun).
    await q.query(`SET LOCAL lock_timeout = '10s'`);
    for (const table of APPEND_TABLES) {
      await q.query(`ALTER TABLE ${table} SET (autovacuum_analyze_threshold = ${ANALYZE_THRESHOLD})`);
      await q.query(`ALTER TABLE ${table} ${UNFILTERED_COLUMNS.map((c) => `ALTER COLUMN ${c} SET STATISTICS 0`).join(', ')}`);
    }
    // A server without LZ4 refuses the method (feature_not_supported): keep pglz there rather than fail the
    // deploy, and say so in PostgreSQL's log (a WARNING is logged at the default log_min_messages).
    const alters = LZ4_COLUMNS.map(([t, c]) => `ALTER TABLE ${t} ALTER COLUMN ${c} SET COMPRESSION lz4;`).join(' ');
    await q.query(`DO $$ BEGIN ${alters}
      EXCEPTION WHEN feature_not_supported THEN
        RAISE WARNING 'PostgreSQL has no LZ4: article bodies stay compressed with pglz';
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [t, c] of LZ4_COLUMNS) await q.query(`ALTER TABLE ${t} ALTER COLUMN ${c} SET COMPRESSION DEFAULT`);
    for (const table of APPEND_TABLES) {
      await q.query(`ALTER TABLE ${table} ${UNFILTERED_COLUMNS.map((c) => `ALTER COLUMN ${c} SET STATISTICS -1`).join(', ')}`);
      await q.query(`ALTER TABLE ${table} RESET (autovacuum_analyze_threshold)`);
    }
  }
}
