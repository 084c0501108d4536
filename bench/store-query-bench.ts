/**
 * Store query benchmark: p50/p95 of searches over 1,000,000 stored articles,
 * run as the API runs them (runSearch: q analysed in every configuration the
 * articles use, the page, the any-term fallback, snippets, facets).
 * Targets: p95 < 50 ms over the filtered full-text searches and the prefix searches;
 * facets p95 ≤ 150 ms; snippets at most 20 % over the same search without them (p50).
 *
 *   npm run bench:store-query                 # reuse news_bench if it holds the rows
 *   npm run bench:store-query -- --fresh      # regenerate them
 *   npm run bench:store-query -- --rows=200000 --iterations=50
 *   npm run bench:store-query -- --only=consumers   # or --only=search
 *   npm run bench:store-query -- --db=news_bench_mine  # another database
 *   npm run bench:store-query -- --only=load   # only generate the rows
 *
 * It works in its own database (`news_bench` or `--db=`, created with the role of
 * DATABASE_URL, which needs CREATEDB), migrated with the project's
 * migrations, so nothing it does touches the pipeline's tables. Rows are
 * generated inside PostgreSQL (bench/store-query/synthetic.ts). It also times
 * the tag filter against a join-table layout to back the choice of text[] + GIN.
 */
import 'reflect-metadata';
import { cpus, loadavg } from 'node:os';
import { Client } from 'pg';
import { applyMigrations, runSearch } from '@news/database';
import { toSearchHitView } from '../apps/store/src/query/article-view';
import { defaultFields, HitField } from '../apps/store/src/query/hit-fields';
import { FEATURES, FILTERED, pick, Scenario, word } from './store-query/scenarios';
import { consumerScenarios } from './store-query/consumer-report';
import { load, PEOPLE, rng } from './store-query/synthetic';

const args = new Map(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? 'true'] as const;
  }),
);
const ROWS = Number(args.get('rows') ?? 1_000_000);
const ITERATIONS = Number(args.get('iterations') ?? 100);
const FRESH = args.get('fresh') === 'true';
/** `search` or `consumers`: run only those scenarios (both by default); `load`: only generate the rows. */
const ONLY = args.get('only');
/** The benchmark's own database (created when missing): `--db=name`, `news_bench` by default. */
const BENCH_DB = args.get('db') ?? 'news_bench';
if (!/^[a-z_][a-z0-9_]*$/.test(BENCH_DB)) throw new Error(`--db must be a plain lower-case name, got ${BENCH_DB}`);

async function ensureDatabase(adminUrl: string): Promise<string> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [BENCH_DB]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${BENCH_DB}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${BENCH_DB}`;
  return url.toString();
}

const log = (s: string) => process.stdout.write(`${s}\n`);

/** The alternative layout for tags: one row per (tag, article), B-tree on (tag, article_id). */
async function buildJoinTable(db: Client): Promise<void> {
  const exists = await db.query(`SELECT 1 FROM pg_tables WHERE tablename = 'bench_article_tags'`);
  if (exists.rowCount) return;
  const t = Date.now();
  await db.query(
    `CREATE TABLE bench_article_tags AS SELECT id AS article_id, unnest(filter_tags) AS tag FROM articles`,
  );
  await db.query(`CREATE INDEX ON bench_article_tags (tag, article_id)`);
  await db.query('VACUUM ANALYZE bench_article_tags');
  log(`join-table layout for comparison built in ${((Date.now() - t) / 1000).toFixed(0)} s`);
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const since = (t: bigint) => Number(process.hrtime.bigint() - t) / 1e6;

async function time(db: Client, s: Scenario, seed: number): Promise<number[]> {
  const run = async (sql: string, params: unknown[]) => (await db.query(sql, params)).rows;
  const r = rng(seed);
  const out: number[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    const c = s.make(r);
    const fields = new Set((c.fields ?? [...defaultFields(true)]) as HitField[]);
    const t = process.hrtime.bigint();
    const result = await runSearch(run, c.search, c.options);
    result.rows.slice(0, 20).map((h) => toSearchHitView(h, fields));
    out.push(since(t));
  }
  return out.sort((a, b) => a - b);
}

/** Page 2 of a search, through the keyset condition, as the API would run it. */
async function timeSecondPages(db: Client, seed: number): Promise<number[]> {
  const run = async (sql: string, params: unknown[]) => (await db.query(sql, params)).rows;
  const r = rng(seed);
  const out: number[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    const search = {
      q: word(r, 'common'),
      sources: [pick(['bench-source-0', 'bench-source-1', 'bench-source-7'], r, 1)],
      sort: '-published' as const,
      limit: 21,
    };
    const last = (await runSearch(run, search)).rows[19];
    if (!last) continue;
    const t = process.hrtime.bigint();
    await runSearch(run, { ...search, after: { key: last.sort_key, id: last.id } });
    out.push(since(t));
  }
  return out.sort((a, b) => a - b);
}

/** The person filter in the join-table layout, for the comparison only (one configuration: layouts are compared). */
async function timeJoinTable(db: Client, seed: number): Promise<number[]> {
  const r = rng(seed);
  const out: number[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    const t = process.hrtime.bigint();
    await db.query(
      `SELECT a.id, ts_rank(a.search_vector, query) AS rank FROM articles a, websearch_to_tsquery('simple', $1) query
        WHERE a.search_vector @@ query AND a.pub_status = 'usable' AND a.duplicate_of IS NULL
          AND EXISTS (SELECT 1 FROM bench_article_tags t WHERE t.article_id = a.id AND t.tag = $2)
        ORDER BY rank DESC, a.id DESC LIMIT 21`,
      [word(r, 'medium'), `person:${pick(PEOPLE, r, 3)}`],
    );
    out.push(since(t));
  }
  return out.sort((a, b) => a - b);
}

type Report = (name: string, ms: number[]) => void;

/** The filtered full-text searches, the search features, and the tag storage compared with a join table. */
async function searchScenarios(db: Client, report: Report): Promise<void> {
  await buildJoinTable(db);
  const measure = async (s: Scenario, seed: number) => {
    await time(db, s, 999 + seed).catch(() => undefined); // warm-up with other parameters
    const ms = await time(db, s, s.seed ?? seed);
    report(s.name, ms);
    return ms;
  };
  const all: number[] = [];
  for (const [i, s] of FILTERED.entries()) all.push(...(await measure(s, i + 1)));
  const pages = await timeSecondPages(db, 4242);
  all.push(...pages);
  report('page 2 (keyset cursor) of q(common) + source', pages);
  all.sort((a, b) => a - b);
  log('');
  report(`ALL filtered full-text searches (${all.length})`, all);
  log(`target p95 < 50 ms: ${percentile(all, 95) < 50 ? 'MET' : 'NOT MET'}\n`);

  const features = new Map<string, number[]>();
  for (const [i, s] of FEATURES.entries()) features.set(s.name, await measure(s, 100 + i));
  const facetP95 = Math.max(...[...features].filter(([n]) => n.includes('facets')).map(([, ms]) => percentile(ms, 95)));
  log(
    `target facets p95 ≤ 150 ms: ${facetP95 <= 150 ? 'MET' : 'NOT MET'} (worst facet scenario p95 ` +
      `${facetP95.toFixed(1)} ms)`,
  );
  const prefixP95 = Math.max(
    ...[...features].filter(([n]) => n.includes('prefix')).map(([, ms]) => percentile(ms, 95)),
  );
  log(`target prefix p95 < 50 ms: ${prefixP95 < 50 ? 'MET' : 'NOT MET'} (worst prefix p95 ${prefixP95.toFixed(1)} ms)`);
  const plain = percentile(features.get(FEATURES[0].name)!, 50);
  const snippets = percentile(features.get(FEATURES[1].name)!, 50);
  const over = (100 * (snippets - plain)) / plain;
  log(`target snippets ≤ 20 % over the plain search (p50): ${over <= 20 ? 'MET' : 'NOT MET'} (${over.toFixed(1)} %)\n`);

  // The storage choice for tags: the same person filter, text[] + GIN versus a join table.
  report(`[compare] ${FILTERED[2].name} (text[])`, await time(db, FILTERED[2], 3));
  report('[compare] q(medium) + person via join table', await timeJoinTable(db, 3));
  const sizes = await db.query(
    `SELECT pg_size_pretty(pg_relation_size('articles_filter_tags_idx')) AS gin,
            pg_size_pretty(pg_total_relation_size('bench_article_tags')) AS join_table,
            pg_size_pretty(pg_relation_size('articles_search_idx')) AS fts`,
  );
  log(
    `sizes: filter_tags GIN ${sizes.rows[0].gin}; join table with index ${sizes.rows[0].join_table}; ` +
      `search_vector GIN ${sizes.rows[0].fts}`,
  );
}

async function main(): Promise<void> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('DATABASE_URL is required (source .run/services.env)');
  const url = await ensureDatabase(adminUrl);
  await applyMigrations(url);
  const db = new Client({ connectionString: url, application_name: 'store-query-bench' });
  await db.connect();
  try {
    await load(db, ROWS, FRESH, log);
    if (ONLY === 'load') return;
    const count = Number((await db.query('SELECT count(*) FROM articles')).rows[0].count);
    const loadAverage = loadavg()
      .map((l) => l.toFixed(2))
      .join(' ');
    log(
      `\n${count.toLocaleString()} articles; ${ITERATIONS} searches per scenario (after 10 warm-up searches each); ` +
        `nproc ${cpus().length}, load average ${loadAverage}\n`,
    );
    const report: Report = (name, ms) =>
      log(
        `${name.padEnd(58)} p50 ${percentile(ms, 50).toFixed(1).padStart(6)} ms   p95 ` +
          `${percentile(ms, 95).toFixed(1).padStart(6)} ms   max ${ms[ms.length - 1].toFixed(1).padStart(6)} ` +
          `ms`,
      );
    if (ONLY !== 'consumers') await searchScenarios(db, report);
    if (ONLY !== 'search') await consumerScenarios(db, report, { iterations: ITERATIONS, rows: ROWS, log });
    log(
      `load average after the run ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
  } finally {
    await db.end();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(
    `store-query-bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exit(1);
});
