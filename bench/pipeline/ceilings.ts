/**
 * Each stage's ceiling on this machine, measured in the same run: the
 * transport (raw kafkajs produce → consume), the normaliser's CPU work (the
 * pure core alone) and the store's database work (PostgreSQL COPY).
 */
import { randomUUID } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Kafka, Partitioners } from 'kafkajs';
import { BoilerplateModel } from '@news/cleaning';
import { NormalisedArticleEvent, TOPICS } from '@news/contracts';
import { ensureTopics } from '@news/kafka';
import { filterTagsFor, searchConfigFor, searchVectorSql } from '@news/database';
import { normaliseRawEvent } from '../../apps/normaliser/src/normalise/normalise-article';
import { toArticleWrite } from '../../apps/store/src/persist/article-mapping';
import type { BenchArticle } from './corpus';
import { encoded, rawEventOf } from './payloads';

export async function transportCeiling(
  kafka: Kafka,
  corpus: BenchArticle[],
): Promise<{ messages: number; perSecond: number }> {
  const topic = `bench.transport.${randomUUID().slice(0, 8)}`;
  await ensureTopics(kafka, [{ name: topic, partitions: TOPICS.articlesRaw.partitions, description: 'bench' }]);
  const messages = corpus.map((a) => encoded(rawEventOf(a)));
  const producer = kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    createPartitioner: Partitioners.DefaultPartitioner,
    retry: { retries: Number.MAX_SAFE_INTEGER },
  });
  const consumer = kafka.consumer({ groupId: `bench-transport-${randomUUID()}` });
  await Promise.all([producer.connect(), consumer.connect()]);
  let received = 0;
  let done!: () => void;
  const all = new Promise<void>((r) => (done = r));
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    eachBatch: async ({ batch }) => {
      received += batch.messages.length;
      if (received >= messages.length) done();
    },
  });
  await new Promise((r) => setTimeout(r, 3_000)); // let the group settle before timing
  const started = Date.now();
  for (let i = 0; i < messages.length; i += 200) {
    await producer.send({ topic, acks: -1, messages: messages.slice(i, i + 200) });
  }
  await all;
  const seconds = (Date.now() - started) / 1000;
  await Promise.all([producer.disconnect(), consumer.disconnect()]);
  const admin = kafka.admin();
  await admin.connect();
  await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
  await admin.disconnect();
  return { messages: messages.length, perSecond: Math.round(messages.length / seconds) };
}

/**
 * The normaliser's pure work on one core: clean (and tag) every article, learning
 * per-source chrome into a boilerplate model as the service does. A ceiling is a
 * best case, and one pass varies run to run (JIT tiering still under way, machine
 * noise; docs/benchmark-history.md): after a warm-up of 300 articles
 * the corpus is timed twice, each pass from an empty model like a fresh replica,
 * and the faster pass counts.
 */
export function coreCeiling(corpus: BenchArticle[]): {
  articles: number;
  perSecond: number;
  normalised: NormalisedArticleEvent[];
} {
  const raws = corpus.map(rawEventOf);
  const warmUp = new BoilerplateModel({ replicaId: 'bench-warm-up' });
  for (const r of raws.slice(0, 300)) normaliseRawEvent(r, warmUp, true);
  let best = Infinity;
  let normalised: NormalisedArticleEvent[] = [];
  for (let pass = 0; pass < 2; pass++) {
    const model = new BoilerplateModel({ replicaId: `bench-${pass}` });
    const started = process.hrtime.bigint();
    normalised = raws.map((r) => normaliseRawEvent(r, model, true));
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e9);
  }
  return { articles: raws.length, perSecond: Math.round(raws.length / best), normalised };
}

function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = v instanceof Date ? v.toISOString() : typeof v === 'string' ? v : JSON.stringify(v);
  return `"${s.replace(/"/g, '""')}"`;
}

/**
 * PostgreSQL COPY of the same rows the store writes, into tables shaped (and
 * indexed) like `articles` and `article_versions`: every article's current row
 * with its search vector and filter tags, and one history row per message.
 * The search vectors are computed by PostgreSQL with the store's own SQL and
 * that time is part of the ceiling: the rows carry them, the store cannot
 * write a row without computing its vector, and it is the larger part of the
 * work (docs/benchmarks.md). `copyOnlyPerSecond` is the COPY alone. The
 * figures are messages per second, as the store's is.
 */
export interface CopyCeiling {
  rows: number;
  messages: number;
  /** Messages per second: the search vectors' computation plus the COPY (the ceiling). */
  perSecond: number;
  /** Messages per second of the COPY alone, vectors given (an older result file's only ceiling). */
  copyOnlyPerSecond: number;
  /** Time PostgreSQL took to compute the rows' search vectors. */
  vectorSeconds: number;
  copySeconds: number;
}

export async function copyCeiling(databaseUrl: string, normalised: NormalisedArticleEvent[]): Promise<CopyCeiling> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  const suffix = randomUUID().slice(0, 8);
  const current = `bench_copy_${suffix}`;
  const history = `bench_copy_versions_${suffix}`;
  try {
    await db.query(`CREATE TABLE ${current} (LIKE articles INCLUDING ALL)`);
    await db.query(`CREATE TABLE ${history} (LIKE article_versions INCLUDING ALL)`);
    const writes = normalised.map(toArticleWrite);
    // One current row per article (updates in the corpus share ids), as the store's upsert leaves.
    const rows = [...new Map(writes.map((w) => [w.id, w])).values()];
    const configs = rows.map((r) => searchConfigFor(r.language));
    const vectorInput = [configs, rows.map((r) => r.title), rows.map((r) => r.bodyText)];
    // The vectors are part of the rows, and PostgreSQL computes them (the store in its upsert): their
    // computation is timed on its own, inside the server (summed, so no text travels), and added to the COPY.
    const vectorsStarted = process.hrtime.bigint();
    await db.query(
      `SELECT sum(length(${searchVectorSql('t.c', 't.title', 't.body')}))
         FROM unnest($1::text[], $2::text[], $3::text[]) AS t(c, title, body)`,
      vectorInput,
    );
    const vectorSeconds = Number(process.hrtime.bigint() - vectorsStarted) / 1e9;
    const { rows: vectors } = await db.query<{ v: string }>(
      `SELECT (${searchVectorSql('t.c', 't.title', 't.body')})::text AS v
         FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS t(c, title, body, n) ORDER BY t.n`,
      vectorInput,
    );
    const cols = [
      'id',
      'source_id',
      'external_id',
      'url',
      'title',
      'body_text',
      'language',
      'received_at',
      'version',
      'pub_status',
      'content_hash',
      'word_count',
      'quality_flags',
      'tags',
      'correlation_id',
      'last_event_id',
      'search_config',
      'search_vector',
      'filter_tags',
    ];
    const lines = rows.map((r, i) =>
      [
        r.id,
        r.sourceId,
        r.externalId,
        r.url,
        r.title,
        r.bodyText,
        r.language,
        r.receivedAt,
        r.version,
        r.pubStatus,
        r.contentHash,
        r.wordCount,
        r.qualityFlags,
        r.tags,
        r.correlationId,
        r.lastEventId,
        configs[i],
        vectors[i].v,
        pgArray(filterTagsFor(r.tags)),
      ]
        .map(csvField)
        .join(','),
    );
    const versionCols = [
      'article_id',
      'version',
      'version_created',
      'pub_status',
      'content_hash',
      'source_id',
      'external_id',
      'url',
      'title',
      'body_text',
      'language',
      'received_at',
      'word_count',
      'quality_flags',
      'tags',
      'event_id',
      'correlation_id',
      'applied',
    ];
    // Redelivered copies of a version are one history row (the store's identity constraint).
    const versions = [
      ...new Map(
        writes.map((w) => [
          `${w.id}/${w.version}/${w.versionCreated?.toISOString()}/${w.contentHash}/${w.pubStatus}`,
          w,
        ]),
      ).values(),
    ];
    const versionLines = versions.map((w) =>
      [
        w.id,
        w.version,
        w.versionCreated,
        w.pubStatus,
        w.contentHash,
        w.sourceId,
        w.externalId,
        w.url,
        w.title,
        w.bodyText,
        w.language,
        w.receivedAt,
        w.wordCount,
        w.qualityFlags,
        w.tags,
        w.lastEventId,
        w.correlationId,
        'true',
      ]
        .map(csvField)
        .join(','),
    );
    const started = process.hrtime.bigint();
    await db.query('BEGIN');
    await pipeline(
      Readable.from(lines.map((l) => `${l}\n`)),
      db.query(copyFrom(`COPY ${current} (${cols.join(',')}) FROM STDIN WITH (FORMAT csv)`)),
    );
    await pipeline(
      Readable.from(versionLines.map((l) => `${l}\n`)),
      db.query(copyFrom(`COPY ${history} (${versionCols.join(',')}) FROM STDIN WITH (FORMAT csv)`)),
    );
    await db.query('COMMIT');
    const copySeconds = Number(process.hrtime.bigint() - started) / 1e9;
    return {
      rows: rows.length + versions.length,
      messages: writes.length,
      perSecond: Math.round(writes.length / (vectorSeconds + copySeconds)),
      copyOnlyPerSecond: Math.round(writes.length / copySeconds),
      vectorSeconds: +vectorSeconds.toFixed(2),
      copySeconds: +copySeconds.toFixed(2),
    };
  } finally {
    await db.query(`DROP TABLE IF EXISTS ${current}`).catch(() => undefined);
    await db.query(`DROP TABLE IF EXISTS ${history}`).catch(() => undefined);
    await db.end();
  }
}

/** A text[] literal for COPY's CSV (elements quoted, quotes and backslashes escaped). */
function pgArray(items: string[]): string {
  return `{${items.map((i) => `"${i.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}
