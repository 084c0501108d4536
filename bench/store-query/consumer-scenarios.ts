/**
 * The downstream consumers' scenarios of bench:store-query: an article as
 * ninjs against the same article as JSON (the API's statement, rendering and
 * serialisation; target: ninjs ≤ 20 % over JSON at p50), and pages of 100 of
 * the changes feed from cursors across its whole range (target p95 ≤ 20 ms).
 */
import type { Client } from 'pg';
import type { StoredArticleRow } from '@news/database';
import { CURRENT_ARTICLE_COLUMNS } from '../../libs/database/src/repositories/article-rows';
import { toChangeView } from '../../apps/store/src/changes/change-view';
import { ninjsForm } from '../../apps/store/src/ninjs/ninjs-forms';
import { toArticleView } from '../../apps/store/src/query/article-view';
import { articleNinjs } from '../../apps/store/src/query/representations';

/** Articles given tags and feed metadata as wire copy has them (the generated rows have none). */
export const TAGGED_SAMPLE = 2_000;

const entity = (name: string, n: number) => ({
  name,
  confidence: 0.6 + (n % 4) / 10,
  count: 1 + (n % 5),
  mentions: Array.from({ length: 1 + (n % 5) }, (_, i) => ({
    field: 'text',
    start: i * 40,
    end: i * 40 + name.length,
  })),
});

/** Tags and feed of about the size the tagger and a wire give a 600-word story. */
function richTags(n: number) {
  return {
    people: Array.from({ length: 5 }, (_, i) => entity(`Person ${n % 97} ${i}`, n + i)),
    organisations: Array.from({ length: 3 }, (_, i) => entity(`Organisation ${n % 53} ${i}`, n + i)),
    places: Array.from({ length: 4 }, (_, i) => ({ ...entity(`Place ${n % 31} ${i}`, n + i), countryCode: 'NO' })),
    subjects: Array.from({ length: 3 }, (_, i) => ({
      code: `medtop:${String(1_000_000 + ((n + i) % 17) * 1_000_000).padStart(8, '0')}`,
      name: `topic ${i}`,
      confidence: 0.7,
    })),
    keywords: Array.from({ length: 10 }, (_, i) => ({ phrase: `keyword ${n % 13} ${i}`, score: 10 - i })),
  };
}

const richFeed = (n: number) => ({
  urgency: 1 + (n % 9),
  byline: `By Reporter ${n % 40}, Agency`,
  description: 'A summary of the story as the feed gave it, one or two sentences long.',
  slugline: `story-${n}`,
  located: 'Oslo',
  dateline: 'OSLO, Jan 1 (Agency) -',
  keywords: ['one', 'two', 'three'],
  copyright: '© Agency',
  subjects: [
    { scheme: 'medtop', code: 'medtop:20000538', name: 'politics' },
    { code: '13010000', name: 'Teknologi' },
  ],
  genres: [{ code: 'genre:Actuality', uri: 'http://cv.iptc.org/newscodes/genre/Actuality' }],
  firstCreated: '2024-01-01T10:00:00.000Z',
});

/** Gives TAGGED_SAMPLE articles rich tags and feed metadata (once), and returns their ids. */
export async function taggedSample(db: Client): Promise<string[]> {
  const have = await db.query<{ id: string }>(
    `SELECT id::text FROM articles WHERE feed ? 'slugline' ORDER BY id LIMIT ${TAGGED_SAMPLE}`,
  );
  if (have.rows.length >= TAGGED_SAMPLE) return have.rows.map((r) => r.id);
  const ids = (
    await db.query<{ id: string }>(`SELECT id::text FROM articles ORDER BY md5(id::text) LIMIT ${TAGGED_SAMPLE}`)
  ).rows.map((r) => r.id);
  const rows = ids.map((id, n) => ({ id, tags: richTags(n), feed: richFeed(n) }));
  await db.query(
    `UPDATE articles a SET tags = r.tags, feed = r.feed FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, ` +
      `tags jsonb, feed jsonb) WHERE a.id = r.id`,
    [JSON.stringify(rows)],
  );
  return ids;
}

/** The changes feed of the generated articles: one `created` per article, in generation order (once). */
export async function ensureChanges(db: Client, rows: number): Promise<number> {
  const have = Number((await db.query(`SELECT count(*) FROM article_changes`)).rows[0].count);
  if (have >= rows) return have;
  await db.query('TRUNCATE article_changes RESTART IDENTITY');
  await db.query(
    `INSERT INTO article_changes (article_id, version, change, source_id, event_id, occurred_at)
     SELECT id, version, 'created', source_id, last_event_id, stored_at FROM articles ORDER BY received_at, id`,
  );
  await db.query('VACUUM ANALYZE article_changes');
  return Number((await db.query(`SELECT count(*) FROM article_changes`)).rows[0].count);
}

/** GET /v1/articles/:id's statement (ArticleQueryRepository.findCurrent). */
const FIND_CURRENT = `
  SELECT ${CURRENT_ARTICLE_COLUMNS},
         (SELECT count(*)::int FROM article_versions v WHERE v.article_id = a.id) AS version_count,
         COALESCE((SELECT json_agg(json_build_object('id', d.id, 'sourceId', d.source_id, 'url', d.url, 'externalId', d.external_id) ORDER BY d.seq)
                     FROM (SELECT id, source_id, url, external_id, seq FROM articles WHERE duplicate_of = a.id ORDER BY seq LIMIT 100) d), '[]') AS duplicates,
         (SELECT o.external_id FROM articles o WHERE o.id = a.duplicate_of) AS duplicate_of_external_id
    FROM articles a JOIN sources s ON s.id = a.source_id
   WHERE a.id = $1`;

const ms = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e6;

/** Per article: the statement once, then each representation's rendering and serialisation. */
export async function timeRepresentations(
  db: Client,
  ids: string[],
  iterations: number,
  r: () => number,
): Promise<{ json: number[]; ninjs: number[]; renderJson: number[]; renderNinjs: number[] }> {
  const out = { json: [] as number[], ninjs: [] as number[], renderJson: [] as number[], renderNinjs: [] as number[] };
  for (let i = 0; i < iterations; i++) {
    const id = ids[Math.floor(r() * ids.length)];
    const t0 = process.hrtime.bigint();
    const row = (await db.query<StoredArticleRow>(FIND_CURRENT, [id])).rows[0];
    const query = ms(t0);
    const t1 = process.hrtime.bigint();
    JSON.stringify(toArticleView(row));
    const json = ms(t1);
    const t2 = process.hrtime.bigint();
    JSON.stringify(ninjsForm(articleNinjs(row, 'https://news.example.com'), '2.2'));
    const ninjs = ms(t2);
    out.json.push(query + json);
    out.ninjs.push(query + ninjs);
    out.renderJson.push(json);
    out.renderNinjs.push(ninjs);
  }
  for (const list of Object.values(out)) list.sort((a, b) => a - b);
  return out;
}

/** GET /v1/changes?since=<cursor>&limit=100: ChangesRepository.since's statement and the page's JSON. */
export async function timeChangesPages(db: Client, iterations: number, r: () => number): Promise<number[]> {
  const max = Number((await db.query(`SELECT max(seq) FROM article_changes`)).rows[0].max ?? 0);
  const out: number[] = [];
  for (let i = 0; i < iterations; i++) {
    // Anywhere in the feed, the tail (a client that keeps up) one time in five.
    const since = r() < 0.2 ? Math.max(0, max - 50) : Math.floor(r() * max);
    const t = process.hrtime.bigint();
    const rows = await db.query(
      `SELECT c.seq::text AS seq, c.article_id::text AS article_id, c.version, c.change, c.source_id, c.occurred_at
         FROM article_changes c WHERE c.seq > $1::bigint ORDER BY c.seq LIMIT $2`,
      [String(since), 100],
    );
    JSON.stringify({ items: rows.rows.map(toChangeView), nextCursor: rows.rows.at(-1)?.seq ?? String(since) });
    out.push(ms(t));
  }
  return out.sort((a, b) => a - b);
}
