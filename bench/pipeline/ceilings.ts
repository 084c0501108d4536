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
import { NormalisedArticleEvent } from '@news/contracts';
import { ensureTopics } from '@news/kafka';
import { normaliseRawEvent } from '../../apps/normaliser/src/normalise/normalise-article';
import { toArticleWrite } from '../../apps/store/src/persist/article-mapping';
import type { BenchArticle } from './corpus';
import { encoded, rawEventOf } from './payloads';

export async function transportCeiling(kafka: Kafka, corpus: BenchArticle[]): Promise<{ messages: number; perSecond: number }> {
  const topic = `bench.transport.${randomUUID().slice(0, 8)}`;
  await ensureTopics(kafka, [{ name: topic, partitions: 3, description: 'bench' }]);
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

/** The normaliser's pure work on one core: clean (and tag) every article. */
export function coreCeiling(corpus: BenchArticle[]): { articles: number; perSecond: number; normalised: NormalisedArticleEvent[] } {
  const raws = corpus.map(rawEventOf);
  for (const r of raws.slice(0, 50)) normaliseRawEvent(r); // warm-up
  const started = process.hrtime.bigint();
  const normalised = raws.map((r) => normaliseRawEvent(r));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { articles: raws.length, perSecond: Math.round(raws.length / seconds), normalised };
}

function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = v instanceof Date ? v.toISOString() : typeof v === 'string' ? v : JSON.stringify(v);
  return `"${s.replace(/"/g, '""')}"`;
}

/** PostgreSQL COPY of the same rows into a table shaped (and indexed) like `articles`. */
export async function copyCeiling(databaseUrl: string, normalised: NormalisedArticleEvent[]): Promise<{ rows: number; perSecond: number }> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  const table = `bench_copy_${randomUUID().slice(0, 8)}`;
  try {
    await db.query(`CREATE TABLE ${table} (LIKE articles INCLUDING ALL)`);
    // One row per article (updates in the corpus share ids), as the store's upsert would leave.
    const rows = [...new Map(normalised.map((e) => [e.article.articleId, toArticleWrite(e)])).values()];
    const cols = ['id', 'source_id', 'external_id', 'url', 'title', 'body_text', 'language', 'received_at', 'version', 'pub_status', 'content_hash', 'word_count', 'quality_flags', 'tags', 'correlation_id', 'last_event_id'];
    const lines = rows.map((r) =>
      [r.id, r.sourceId, r.externalId, r.url, r.title, r.bodyText, r.language, r.receivedAt, r.version, r.pubStatus, r.contentHash, r.wordCount, r.qualityFlags, r.tags, r.correlationId, r.lastEventId]
        .map(csvField)
        .join(','),
    );
    const started = process.hrtime.bigint();
    const stream = db.query(copyFrom(`COPY ${table} (${cols.join(',')}) FROM STDIN WITH (FORMAT csv)`));
    await pipeline(Readable.from(lines.map((l) => `${l}\n`)), stream);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    return { rows: rows.length, perSecond: Math.round(rows.length / seconds) };
  } finally {
    await db.query(`DROP TABLE IF EXISTS ${table}`).catch(() => undefined);
    await db.end();
  }
}
