/**
 * Store query benchmark: p50/p95 of filtered full-text searches over
 * 1,000,000 stored articles (target: p95 < 50 ms on this machine).
 *
 *   npm run bench:store-query                 # reuse news_bench if it holds the rows
 *   npm run bench:store-query -- --fresh      # regenerate them
 *   npm run bench:store-query -- --rows=200000 --iterations=50
 *   npm run bench:store-query -- --only=consumers   # or --only=search
 *
 * It works in its own database (`news_bench`, created with the role of
 * DATABASE_URL, which needs CREATEDB), migrated with the project's
 * migrations, so nothing it does touches the pipeline's tables. Rows are
 * generated inside PostgreSQL (generate_series, one INSERT … SELECT per
 * 100,000 rows, indexes rebuilt after the load) with a skewed synthetic
 * vocabulary, so common, medium and rare words behave like real text. The
 * queries are the API's own statements (buildSearchStatement). It also times
 * the tag filter against a join-table layout to back the choice of text[] + GIN.
 */
import 'reflect-metadata';
import { Client } from 'pg';
import { applyMigrations, ArticleSearch, buildSearchStatement, searchVectorSql } from '@news/database';
import { ensureChanges, taggedSample, timeChangesPages, timeRepresentations } from './store-query/consumer-scenarios';
import { dropArticleIndexes, restoreArticleIndexes } from './store-query/indexes';

const args = new Map(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? 'true'] as const;
  }),
);
const ROWS = Number(args.get('rows') ?? 1_000_000);
const ITERATIONS = Number(args.get('iterations') ?? 100);
const FRESH = args.get('fresh') === 'true';
/** `search` or `consumers`: run only those scenarios (both by default). */
const ONLY = args.get('only');
const CHUNK = 100_000;
const BENCH_DB = 'news_bench';

/** Deterministic PRNG (mulberry32), so every run asks the same questions. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ne',
  'ru',
  'sa',
  'ti',
  'vo',
  'pe',
  'da',
  'go',
  'hu',
  'ji',
  'ba',
  'zu',
  'fy',
  'to',
  'ri',
  'mu',
  'xe',
];
/**
 * Words are built from two halves of 150 syllable pairs each (22,500 distinct
 * eight-letter words; rank k = HEADS[k / 150] + TAILS[k % 150]): PostgreSQL
 * looks up two short arrays per word instead of walking one long one.
 */
const HALF = 150;
const pairs = (offset: number) =>
  Array.from(
    { length: HALF },
    (_, i) => SYLLABLES[(i + offset) % 20] + SYLLABLES[Math.floor(i / 20 + offset) % 20] + (offset ? 'r' : 'n'),
  );
const HEADS = pairs(0);
const TAILS = pairs(7);
const VOCAB = Array.from({ length: HALF * HALF }, (_, k) => HEADS[Math.floor(k / HALF)] + TAILS[k % HALF]);

const SOURCES = Array.from({ length: 50 }, (_, i) => `bench-source-${i}`);
const SUBJECTS = Array.from({ length: 120 }, (_, i) => `medtop:${String(1_000_000 + i * 1_000).padStart(8, '0')}`);
const PEOPLE = Array.from({ length: 2_000 }, (_, i) => `person ${VOCAB[5_000 + i]}`);
const ORGS = Array.from({ length: 500 }, (_, i) => `org ${VOCAB[8_000 + i]}`);
const PLACES = Array.from({ length: 800 }, (_, i) => `place ${VOCAB[9_000 + i]}`);

/** A skewed pick: low indexes are common (about Zipf-like with power 3). */
const skew = (n: number, p = 3) => `(1 + floor(power(random(), ${p}) * ${n})::int)`;

/** One INSERT … SELECT of rows [$1, $2): text, languages, tags and dates drawn in SQL. */
function generateSql(): string {
  const words = (count: string) =>
    `(SELECT string_agg(($3::text[])[1 + k / ${HALF}] || ($4::text[])[1 + k % ${HALF}], ' ')
        FROM (SELECT ${skew(VOCAB.length)} - 1 AS k FROM generate_series(1, ${count})) AS ks)`;
  const body = words('40 + (g % 60)');
  const title = words('5 + (g % 6)');
  return `
    INSERT INTO articles (id, source_id, external_id, title, body_text, language, published_at, received_at, version,
                          pub_status, content_hash, word_count, quality_flags, tags, correlation_id, last_event_id,
                          search_config, search_vector, filter_tags, stored_at, updated_at)
    SELECT id, source_id, 'bench-' || g, title, body, language, published_at, published_at + random() * interval '2 hours', 1,
           'usable', md5(body) || md5(title), 40 + (g % 60), '[]', '{}', 'bench', id,
           config::regconfig, ${searchVectorSql('config', 'title', 'body')}, filter_tags, now(), now()
      FROM (
        SELECT g, md5('bench-article-' || g)::uuid AS id,
               ($5::text[])[1 + (g % ${SOURCES.length})] AS source_id,
               ${title} AS title, ${body} AS body,
               lang.language, lang.config,
               timestamptz '2023-01-01' + random() * interval '730 days' AS published_at,
               array_remove(ARRAY[
                 'subject:' || ($6::text[])[${skew(SUBJECTS.length, 2)}],
                 CASE WHEN random() < 0.5 THEN 'subject:' || ($6::text[])[${skew(SUBJECTS.length, 2)}] END,
                 'person:' || ($7::text[])[${skew(PEOPLE.length)}],
                 CASE WHEN random() < 0.4 THEN 'person:' || ($7::text[])[${skew(PEOPLE.length)}] END,
                 'organisation:' || ($8::text[])[${skew(ORGS.length)}],
                 'place:' || ($9::text[])[${skew(PLACES.length)}]
               ], NULL) AS filter_tags
          FROM generate_series($1::int, $2::int - 1) AS g
          CROSS JOIN LATERAL (SELECT CASE
               WHEN g % 100 < 60 THEN 'en' WHEN g % 100 < 75 THEN 'fr' WHEN g % 100 < 85 THEN 'de'
               WHEN g % 100 < 95 THEN 'es' ELSE NULL END AS language) AS l
          CROSS JOIN LATERAL (SELECT l.language, CASE l.language WHEN 'en' THEN 'english' WHEN 'fr' THEN 'french'
               WHEN 'de' THEN 'german' WHEN 'es' THEN 'spanish' ELSE 'simple' END AS config) AS lang
      ) AS r
    ON CONFLICT (id) DO NOTHING`;
}

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

async function load(db: Client): Promise<void> {
  const have = Number((await db.query(`SELECT count(*) FROM articles WHERE correlation_id = 'bench'`)).rows[0].count);
  if (have >= ROWS && !FRESH) {
    log(`news_bench already holds ${have.toLocaleString()} articles (use --fresh to regenerate)`);
    await restoreArticleIndexes(db, log);
    return;
  }
  log(`generating ${ROWS.toLocaleString()} articles in ${BENCH_DB} …`);
  const started = Date.now();
  await db.query('TRUNCATE articles CASCADE');
  await db.query('TRUNCATE article_changes RESTART IDENTITY');
  await db.query('DROP TABLE IF EXISTS bench_article_tags');
  // Indexes are built once after the load (much faster than row by row); same definitions as the migrations.
  await dropArticleIndexes(db);
  await db.query(`INSERT INTO sources (id) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING`, [SOURCES]);
  const sql = generateSql();
  for (let from = 0; from < ROWS; from += CHUNK) {
    const to = Math.min(ROWS, from + CHUNK);
    await db.query(sql, [from, to, HEADS, TAILS, SOURCES, SUBJECTS, PEOPLE, ORGS, PLACES]);
    log(`  ${to.toLocaleString()} rows (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
  await restoreArticleIndexes(db, log);
  log(`loaded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

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

interface Scenario {
  name: string;
  make: (r: () => number) => ArticleSearch | { sql: string; params: unknown[] };
}

const pick = <T>(list: T[], r: () => number, p = 2) => list[Math.floor(Math.pow(r(), p) * list.length)];
/** A word by frequency band: rank 5–50 common, 100–1,000 medium, 2,000–8,000 rare. */
const word = (r: () => number, band: 'common' | 'medium' | 'rare') => {
  const [lo, hi] = band === 'common' ? [5, 50] : band === 'medium' ? [100, 1_000] : [2_000, 8_000];
  return VOCAB[lo + Math.floor(r() * (hi - lo))];
};
const month = (r: () => number) => {
  const from = new Date(Date.UTC(2023, Math.floor(r() * 23), 1));
  return { publishedFrom: from, publishedTo: new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 1, 1)) };
};

const SCENARIOS: Scenario[] = [
  {
    name: 'q(medium) + language + subject, by relevance',
    make: (r) => ({
      q: word(r, 'medium'),
      languages: ['en'],
      subjects: [pick(SUBJECTS, r)],
      sort: 'relevance',
      limit: 20,
    }),
  },
  {
    name: 'q(common) + source, newest first',
    make: (r) => ({ q: word(r, 'common'), sources: [pick(SOURCES, r, 1)], sort: '-published', limit: 20 }),
  },
  {
    name: 'q(medium) + person, by relevance',
    make: (r) => ({ q: word(r, 'medium'), people: [pick(PEOPLE, r, 3)], sort: 'relevance', limit: 20 }),
  },
  {
    name: 'q(2 medium words) + published month, by relevance',
    make: (r) => ({ q: `${word(r, 'medium')} ${word(r, 'medium')}`, ...month(r), sort: 'relevance', limit: 20 }),
  },
  {
    name: 'q(common) + organisation + place, newest first',
    make: (r) => ({
      q: word(r, 'common'),
      organisations: [pick(ORGS, r, 3)],
      places: [pick(PLACES, r, 3)],
      sort: '-published',
      limit: 20,
    }),
  },
  {
    name: 'q(rare) + language, by relevance',
    make: (r) => ({ q: word(r, 'rare'), languages: ['fr'], sort: 'relevance', limit: 20 }),
  },
  {
    name: 'q(common) + subject + received week, newest first',
    make: (r) => {
      const from = new Date(Date.UTC(2023, 0, 1) + Math.floor(r() * 700) * 86_400_000);
      return {
        q: word(r, 'common'),
        subjects: [pick(SUBJECTS, r)],
        receivedFrom: from,
        receivedTo: new Date(from.getTime() + 7 * 86_400_000),
        sort: '-received',
        limit: 20,
      };
    },
  },
];

/** The person filter in the join-table layout, for the comparison only. */
const JOIN_TABLE_PERSON: Scenario = {
  name: '[compare] q(medium) + person via join table',
  make: (r) => ({
    sql: `SELECT a.id, ts_rank(a.search_vector, query) AS rank FROM articles a, websearch_to_tsquery('simple', $1) query
           WHERE a.search_vector @@ query AND a.pub_status = 'usable' AND a.duplicate_of IS NULL
             AND EXISTS (SELECT 1 FROM bench_article_tags t WHERE t.article_id = a.id AND t.tag = $2)
           ORDER BY rank DESC, a.id DESC LIMIT 21`,
    params: [word(r, 'medium'), `person:${pick(PEOPLE, r, 3)}`],
  }),
};

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function time(db: Client, s: Scenario, seed: number): Promise<number[]> {
  const r = rng(seed);
  const out: number[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    const made = s.make(r);
    const stmt = 'sql' in made ? made : buildSearchStatement({ ...made, limit: made.limit + 1 });
    const t = process.hrtime.bigint();
    await db.query(stmt.sql, stmt.params);
    out.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return out.sort((a, b) => a - b);
}

/** Page 2 of a search, through the keyset condition, as the API would run it. */
async function timeSecondPages(db: Client, seed: number): Promise<number[]> {
  const r = rng(seed);
  const out: number[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    const search: ArticleSearch = {
      q: word(r, 'common'),
      sources: [pick(SOURCES, r, 1)],
      sort: '-published',
      limit: 21,
    };
    const first = await db.query(buildSearchStatement(search).sql, buildSearchStatement(search).params);
    const last = first.rows[19];
    if (!last) continue;
    const next = buildSearchStatement({ ...search, after: { key: last.sort_key, id: last.id } });
    const t = process.hrtime.bigint();
    await db.query(next.sql, next.params);
    out.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return out.sort((a, b) => a - b);
}

type Report = (name: string, ms: number[]) => void;

/** The filtered full-text searches, and the tag storage compared with a join table. */
async function searchScenarios(db: Client, report: Report): Promise<void> {
  await buildJoinTable(db);
  const all: number[] = [];
  for (const [i, s] of SCENARIOS.entries()) {
    await time(db, s, 999 + i).catch(() => undefined); // warm-up with other parameters
    const ms = await time(db, s, i + 1);
    all.push(...ms);
    report(s.name, ms);
  }
  const pages = await timeSecondPages(db, 4242);
  all.push(...pages);
  report('page 2 (keyset cursor) of q(common) + source', pages);
  all.sort((a, b) => a - b);
  log('');
  report(`ALL filtered full-text queries (${all.length})`, all);
  log(`target p95 < 50 ms: ${percentile(all, 95) < 50 ? 'MET' : 'NOT MET'}\n`);

  // The storage choice for tags: the same person filter, text[] + GIN versus a join table.
  report(SCENARIOS[2].name.replace('q(medium)', '[compare] q(medium)') + ' (text[])', await time(db, SCENARIOS[2], 3));
  report(JOIN_TABLE_PERSON.name, await time(db, JOIN_TABLE_PERSON, 3));
  const sizes = await db.query(
    `SELECT pg_size_pretty(pg_relation_size('articles_filter_tags_idx')) AS gin,
            pg_size_pretty(pg_total_relation_size('bench_article_tags')) AS join_table,
            pg_size_pretty(pg_relation_size('articles_search_idx')) AS fts`,
  );
  log(
    `sizes: filter_tags GIN ${sizes.rows[0].gin}; join table with index ${sizes.rows[0].join_table}; search_vector GIN ${sizes.rows[0].fts}`,
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
    await load(db);
    const count = Number((await db.query('SELECT count(*) FROM articles')).rows[0].count);
    log(`\n${count.toLocaleString()} articles; ${ITERATIONS} queries per scenario (after 10 warm-up queries each)\n`);
    const report: Report = (name, ms) =>
      log(
        `${name.padEnd(58)} p50 ${percentile(ms, 50).toFixed(1).padStart(6)} ms   p95 ${percentile(ms, 95).toFixed(1).padStart(6)} ms   max ${ms[ms.length - 1].toFixed(1).padStart(6)} ms`,
      );
    if (ONLY !== 'consumers') await searchScenarios(db, report);
    if (ONLY !== 'search') await consumerScenarios(db, report);
  } finally {
    await db.end();
  }
}

/** What downstream consumers ask for: ninjs against JSON, and the changes feed (docs/api.md). */
async function consumerScenarios(db: Client, report: Report): Promise<void> {
  const ids = await taggedSample(db);
  const changes = await ensureChanges(db, ROWS);
  log(
    `\nconsumers: ${ids.length.toLocaleString()} articles with rich tags and feed metadata; ${changes.toLocaleString()} changes in the feed`,
  );
  await timeRepresentations(db, ids, ITERATIONS, rng(77)); // warm-up
  const rep = await timeRepresentations(db, ids, ITERATIONS * 10, rng(78));
  report('GET article as JSON (statement + render)', rep.json);
  report('GET article as ninjs 2.2 (statement + render)', rep.ninjs);
  report('  render + serialise only, JSON', rep.renderJson);
  report('  render + serialise only, ninjs', rep.renderNinjs);
  const p50 = (l: number[]) => percentile(l, 50);
  const over = (p50(rep.ninjs) / p50(rep.json) - 1) * 100;
  const us = (l: number[]) => (p50(l) * 1000).toFixed(0);
  log(`  render + serialise p50: JSON ${us(rep.renderJson)} µs, ninjs ${us(rep.renderNinjs)} µs`);
  log(`ninjs over JSON at p50: ${over.toFixed(1)} % (target ≤ 20 %): ${over <= 20 ? 'MET' : 'NOT MET'}`);
  await timeChangesPages(db, ITERATIONS, rng(90)); // warm-up
  const pages = await timeChangesPages(db, ITERATIONS * 10, rng(91));
  report('GET /v1/changes page of 100 (statement + JSON)', pages);
  log(`changes page p95 ≤ 20 ms: ${percentile(pages, 95) <= 20 ? 'MET' : 'NOT MET'}`);
}

main().catch((err: unknown) => {
  process.stderr.write(
    `store-query-bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exit(1);
});
