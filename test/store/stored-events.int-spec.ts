/**
 * The downstream stream, end to end through the real Kafka: normalised
 * events in, the store app consuming in batches, `news.articles.stored.v1`
 * out; and the consumer example from docs/consumers.md applying them once.
 */
import type { INestApplication } from '@nestjs/common';
import { articleIdFor, encodeContract, NormalisedArticleEvent, StoredArticleEvent, TOPICS } from '@news/contracts';
import { KafkaEnv, loadConfig } from '@news/config';
import { createKafkaClient, KafkaPublisher } from '@news/kafka';
import { createStoreApp } from '../../apps/store/src/main';
import { STORE_CONFIG_SECTIONS } from '../../apps/store/src/store.config';
import {
  RunningStoredConsumer,
  startStoredConsumer,
  StoredChange,
  StoredEventDeduper,
} from '../../examples/stored-consumer';
import { waitFor } from '../support/pipeline';
import { TopicTap, tapTopic } from '../support/topic-tap';
import { asBatch, EventSpec, normalisedEvent, runTag } from './support/normalised-events';
import { openStoreHarness, StoreHarness } from './support/store-harness';

describe('news.articles.stored.v1 (real Kafka and PostgreSQL)', () => {
  const tag = runTag();
  const sourceId = `ev-${tag}`;
  let store: INestApplication;
  let storeUrl: string;
  let producer: KafkaPublisher;
  let tap: TopicTap;
  let h: StoreHarness;
  let example: RunningStoredConsumer;
  const applied: StoredChange[] = [];

  const spec = (externalId: string, version: number, extra: Partial<EventSpec> = {}): EventSpec => ({
    sourceId,
    externalId,
    version,
    text: `Event story ${externalId} ${tag} v${version}`,
    ...extra,
  });
  const send = (events: NormalisedArticleEvent[]) =>
    producer.publish(
      TOPICS.articlesNormalised.name,
      events.map((e) => ({ key: e.article.articleId, value: encodeContract(e) })),
    );
  const eventsFor = (articleId: string) =>
    tap.byKey(articleId).map((m) => JSON.parse(m.value) as StoredArticleEvent & { envelope: { causationId: string } });

  const topicEnds = async () => {
    const { kafka } = loadConfig({ kafka: KafkaEnv });
    const admin = createKafkaClient(kafka, 'test-drain').admin();
    await admin.connect();
    try {
      return new Map(
        (await admin.fetchTopicOffsets(TOPICS.articlesStored.name)).map((p) => [p.partition, BigInt(p.high)]),
      );
    } finally {
      await admin.disconnect();
    }
  };
  let endsAtStart: Map<number, bigint>;

  /** Waits until the tap has read everything the topic holds now, so "no event" is a real absence. */
  const drained = async () => {
    const ends = await topicEnds();
    await waitFor('the tap to reach the end of the stored topic', async () =>
      [...ends].every(([partition, high]) => {
        if (high === endsAtStart.get(partition)) return true; // nothing new there since the tap joined
        const offsets = tap
          .all()
          .filter((m) => m.partition === partition)
          .map((m) => BigInt(m.offset));
        return offsets.some((o) => o >= high - 1n);
      }),
    );
  };

  beforeAll(async () => {
    tap = await tapTopic(TOPICS.articlesStored.name);
    endsAtStart = await topicEnds();
    example = await startStoredConsumer({
      brokers: process.env.KAFKA_BROKERS!.split(','),
      groupId: `test-example-${tag}`,
      apply: async (c) => {
        if (c.event.envelope.sourceId === sourceId) applied.push(c);
      },
    });
    await example.joined;
    store = await createStoreApp(
      loadConfig(STORE_CONFIG_SECTIONS, {
        KAFKA_BROKERS: process.env.KAFKA_BROKERS,
        DATABASE_URL: process.env.DATABASE_URL,
        KAFKA_GROUP_ID: `test-store-events-${tag}`,
        STORE_AUTH_MODE: 'open',
        KAFKA_START_FROM: 'latest',
        PORT: '0',
        METRICS_PORT: '0',
        HOST: '127.0.0.1',
      }),
    );
    await store.startAllMicroservices();
    await store.listen(0, '127.0.0.1');
    storeUrl = (await store.getUrl()).replace('[::1]', '127.0.0.1');
    await waitFor('store ready', async () => (await fetch(`${storeUrl}/health/ready`)).ok);
    const { kafka } = loadConfig({ kafka: KafkaEnv });
    producer = new KafkaPublisher(createKafkaClient(kafka, 'test-normalised-producer'), { timeoutMs: 10_000 });
    h = await openStoreHarness();
  });

  afterAll(async () => {
    await example?.stop();
    await tap?.stop();
    await producer?.disconnect();
    await store?.close();
    await h?.close();
  });

  it('announces created, updated and killed changes, keyed by article id, once each change commits', async () => {
    const id = articleIdFor(sourceId, 'life');
    await send([normalisedEvent(spec('life', 1))]);
    await waitFor('created', async () => eventsFor(id).length === 1);
    await send([normalisedEvent(spec('life', 2))]);
    await waitFor('updated', async () => eventsFor(id).length === 2);
    await send([normalisedEvent(spec('life', 3, { pubStatus: 'canceled', versionCreated: '2025-02-02T00:00:00Z' }))]);
    await waitFor('killed', async () => eventsFor(id).length === 3);

    const events = eventsFor(id);
    expect(events.map((e) => [e.articleId, e.version, e.change])).toEqual([
      [id, 1, 'created'],
      [id, 2, 'updated'],
      [id, 3, 'killed'],
    ]);
    expect(events[0].article?.text).toBe(`Event story life ${tag} v1`);
    expect(events[2].article).toBeUndefined();
    const messages = tap.byKey(id);
    expect(new Set(messages.map((m) => m.partition)).size).toBe(1); // one key, one partition: in order
    expect(messages[0].headers['schema-version']).toBe('1');
    // The row matches the last announcement.
    const row = (await h.db.query('SELECT version, pub_status FROM articles WHERE id = $1', [id])).rows[0];
    expect(row).toEqual({ version: 3, pub_status: 'canceled' });
  });

  it('announces nothing for a late older version; re-announces a redelivered event of the same identity', async () => {
    const id = articleIdFor(sourceId, 'again');
    const v2 = normalisedEvent(spec('again', 2));
    await send([v2]);
    await waitFor('v2', async () => eventsFor(id).length === 1);

    await send([normalisedEvent(spec('again', 1))]); // late, older: history only
    await send([v2]); // Kafka redelivery of the very same event
    await waitFor('re-announcement', async () => eventsFor(id).length === 2);
    await drained();
    const events = eventsFor(id);
    expect(events).toHaveLength(2);
    expect(events[1]).toMatchObject({ articleId: id, version: 2, change: 'created' });
    expect(events[1].envelope.causationId).toBe(events[0].envelope.causationId);
    const versions = (
      await h.db.query('SELECT version, applied FROM article_versions WHERE article_id = $1 ORDER BY id', [id])
    ).rows;
    expect(versions).toEqual([
      { version: 2, applied: true },
      { version: 1, applied: false },
    ]);
  });

  it('publishes nothing for a batch whose transaction rolled back', async () => {
    const good = normalisedEvent(spec('rolled-back', 1));
    await expect(h.service.storeBatch(asBatch([good, normalisedEvent(spec('breaks-batch', 0))]))).rejects.toThrow();
    const marker = normalisedEvent(spec('marker', 1));
    await h.service.storeBatch(asBatch([marker]));
    await waitFor('marker event', async () => eventsFor(marker.article.articleId).length === 1);
    await drained();
    expect(eventsFor(good.article.articleId)).toEqual([]);
  });

  it('the consumer example applies each change once, redeliveries dropped', async () => {
    const life = articleIdFor(sourceId, 'life');
    const again = articleIdFor(sourceId, 'again');
    await waitFor('the example to see the announcements', async () => applied.some((c) => c.articleId === again));
    await drained();
    const forLife = applied.filter((c) => c.articleId === life).map((c) => [c.version, c.change]);
    expect(forLife).toEqual([
      [1, 'created'],
      [2, 'updated'],
      [3, 'killed'],
    ]);
    // Two announcements of `again` v2 reached Kafka; the example applied one.
    expect(applied.filter((c) => c.articleId === again)).toHaveLength(1);
  });
});

describe('StoredEventDeduper', () => {
  it('drops repeats and older versions, keeps same-version corrections', () => {
    const d = new StoredEventDeduper();
    expect(d.offer({ articleId: 'a', version: 1, causationId: 'x' })).toBe(true);
    expect(d.offer({ articleId: 'a', version: 1, causationId: 'x' })).toBe(false);
    expect(d.offer({ articleId: 'a', version: 2, causationId: 'y' })).toBe(true);
    expect(d.offer({ articleId: 'a', version: 1, causationId: 'x' })).toBe(false);
    expect(d.offer({ articleId: 'a', version: 2, causationId: 'z' })).toBe(true);
    expect(d.offer({ articleId: 'b', version: 1, causationId: 'x' })).toBe(true);
  });
});
