/**
 * The benchmark's synthetic articles: a skewed vocabulary, languages, sources,
 * tags and dates drawn inside PostgreSQL (generate_series, one INSERT … SELECT
 * per 100,000 rows), so common, medium and rare words behave like real text.
 */
import type { Client } from 'pg';
import { SEARCH_ANALYSIS_VERSION, searchVectorSql } from '@news/database';
import { dropArticleIndexes, restoreArticleIndexes } from './indexes';

/** Deterministic PRNG (mulberry32), so every run asks the same questions. */
export function rng(seed: number) {
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
export const VOCAB = Array.from({ length: HALF * HALF }, (_, k) => HEADS[Math.floor(k / HALF)] + TAILS[k % HALF]);

export const SOURCES = Array.from({ length: 50 }, (_, i) => `bench-source-${i}`);
export const SUBJECTS = Array.from(
  { length: 120 },
  (_, i) => `medtop:${String(1_000_000 + i * 1_000).padStart(8, '0')}`,
);
export const PEOPLE = Array.from({ length: 2_000 }, (_, i) => `person ${VOCAB[5_000 + i]}`);
export const ORGS = Array.from({ length: 500 }, (_, i) => `org ${VOCAB[8_000 + i]}`);
export const PLACES = Array.from({ length: 800 }, (_, i) => `place ${VOCAB[9_000 + i]}`);

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
                          search_config, search_vector, search_analysis, filter_tags, stored_at, updated_at)
    SELECT id, source_id, 'bench-' || g, title, body, language, published_at, published_at + random() * interval '2 hours', 1,
           'usable', md5(body) || md5(title), 40 + (g % 60), '[]', '{}', 'bench', id,
           config::regconfig, ${searchVectorSql('config', 'title', 'body')}, ${SEARCH_ANALYSIS_VERSION}, filter_tags, now(), now()
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

const CHUNK = 100_000;

/** Generates `rows` articles (unless they are there and not `fresh`), indexes rebuilt after the load. */
export async function load(db: Client, rows: number, fresh: boolean, log: (s: string) => void): Promise<void> {
  const have = Number((await db.query(`SELECT count(*) FROM articles WHERE correlation_id = 'bench'`)).rows[0].count);
  if (have >= rows && !fresh) {
    log(`the benchmark database already holds ${have.toLocaleString()} articles (use --fresh to regenerate)`);
    await restoreArticleIndexes(db, log);
    return;
  }
  log(`generating ${rows.toLocaleString()} articles …`);
  const started = Date.now();
  await db.query('TRUNCATE articles CASCADE');
  await db.query('DROP TABLE IF EXISTS bench_article_tags');
  await db.query('TRUNCATE article_changes RESTART IDENTITY');
  // Indexes are built once after the load (much faster than row by row); same definitions as the migrations.
  await dropArticleIndexes(db);
  await db.query(`INSERT INTO sources (id) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING`, [SOURCES]);
  const sql = generateSql();
  for (let from = 0; from < rows; from += CHUNK) {
    const to = Math.min(rows, from + CHUNK);
    await db.query(sql, [from, to, HEADS, TAILS, SOURCES, SUBJECTS, PEOPLE, ORGS, PLACES]);
    log(`  ${to.toLocaleString()} rows (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
  await restoreArticleIndexes(db, log);
  log(`loaded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
