/**
 * The delivery promise on the real Kafka and PostgreSQL: the same version
 * twice is published once (200 with the existing id, across replicas and
 * restarts), updates and kills are published as new versions, Idempotency-Key
 * replays, and a publish that failed never blocks its retry.
 */
import { Client } from 'pg';
import { articleIdFor, TOPICS } from '@news/contracts';
import { waitFor } from '../support/pipeline';
import { TopicTap, tapTopic } from '../support/topic-tap';
import { bearer, newSource, post, RunningIngest, startIngest, TestSource } from './support/ingest-app';

const json = { 'content-type': 'application/json' };

describe('ingest delivery: versions, kills, duplicates, idempotency', () => {
  let replicaA: RunningIngest;
  let replicaB: RunningIngest;
  let tap: TopicTap;
  let src: TestSource;
  let db: Client;

  beforeAll(async () => {
    src = newSource('dlv');
    // Two replicas sharing PostgreSQL, as in production.
    replicaA = await startIngest([src]);
    replicaB = await startIngest([src]);
    tap = await tapTopic(TOPICS.articlesRaw.name);
    db = new Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
  });

  afterAll(async () => {
    await tap?.stop();
    await db?.end();
    await replicaB?.stop();
    await replicaA?.stop();
  });

  const push = (r: RunningIngest, body: object, headers: Record<string, string> = {}) =>
    post(r.url, JSON.stringify({ sourceId: src.id, ...body }), { ...json, ...bearer(src), ...headers });
  const articles = (externalId: string) => tap.byKey(articleIdFor(src.id, externalId)).map((m) => JSON.parse(m.value).article as Record<string, unknown>);

  it('publishes the same version once: the repeat (on another replica) gets 200 with the same id and event', async () => {
    const story = { externalId: 'story-1', title: 'T', body: 'Version one.', version: 1 };
    const first = await push(replicaA, story);
    expect(first.status).toBe(202);
    const a = (await first.json()) as { id: string; eventId: string };
    const again = await push(replicaB, { body: 'Version one.', version: 1, title: 'T', externalId: 'story-1' }); // other key order
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ status: 'duplicate', id: a.id, eventId: a.eventId, correlationId: a.eventId });
    const receipt = await db.query('SELECT source_id, version, pub_status FROM ingest_receipts WHERE article_id = $1', [a.id]);
    expect(receipt.rows).toEqual([{ source_id: src.id, version: 1, pub_status: 'usable' }]);

    // An update (higher version) and a kill are new versions, published under the same key.
    expect((await push(replicaB, { ...story, body: 'Version two.', version: 2, versionCreated: '2026-11-27T10:00:00Z' })).status).toBe(202);
    expect((await push(replicaA, { ...story, body: 'Killed.', version: 3, pubStatus: 'canceled' })).status).toBe(202);
    const events = await waitFor('three versions', async () => (articles('story-1').length >= 3 ? articles('story-1') : undefined));
    expect(events.map((e) => [e.version, e.pubStatus, e.body])).toEqual([
      [1, 'usable', 'Version one.'],
      [2, 'usable', 'Version two.'],
      [3, 'canceled', 'Killed.'],
    ]);
    // Same partition for every version: one key.
    expect(new Set(tap.byKey(a.id).map((m) => m.partition)).size).toBe(1);
    // A repeated kill is a duplicate too.
    expect((await push(replicaB, { ...story, body: 'Killed.', version: 3, pubStatus: 'canceled' })).status).toBe(200);
  });

  it('a later versionCreated with the same version number is a new version', async () => {
    const story = { externalId: 'story-vc', body: 'Text.', version: 1, versionCreated: '2026-11-27T09:00:00Z' };
    expect((await push(replicaA, story)).status).toBe(202);
    expect((await push(replicaA, { ...story, versionCreated: '2026-11-27T09:30:00Z' })).status).toBe(202);
    expect((await push(replicaA, { ...story, versionCreated: '2026-11-27T09:30:00Z' })).status).toBe(200);
    const events = await waitFor('two versions', async () => (articles('story-vc').length >= 2 ? articles('story-vc') : undefined));
    expect(events.map((e) => e.versionCreated)).toEqual(['2026-11-27T09:00:00.000Z', '2026-11-27T09:30:00.000Z']);
  });

  it('a batch whose items were all published before answers 200, item by item', async () => {
    const batch = JSON.stringify([
      { sourceId: src.id, externalId: 'b-1', body: 'One.' },
      { sourceId: src.id, externalId: 'b-2', body: 'Two.' },
    ]);
    expect((await post(replicaA.url, batch, { ...json, ...bearer(src) })).status).toBe(202);
    const again = await post(replicaB.url, batch, { ...json, ...bearer(src) });
    expect(again.status).toBe(200);
    const body = (await again.json()) as { status: string; accepted: Array<{ status: string }> };
    expect(body.status).toBe('duplicate');
    expect(body.accepted.map((a) => a.status)).toEqual(['duplicate', 'duplicate']);
  });

  it('publishes a batch bigger than one Kafka request in chunks, every item once', async () => {
    const big = 'Lorem ipsum dolor sit amet. '.repeat(15_000); // ~420 KB each: ~1.7 MB in all
    const batch = JSON.stringify([1, 2, 3, 4].map((i) => ({ sourceId: src.id, externalId: `big-${i}`, body: `${i} ${big}` })));
    const res = await post(replicaA.url, batch, { ...json, ...bearer(src) });
    expect(res.status).toBe(202);
    await waitFor('four big items', async () => [1, 2, 3, 4].every((i) => articles(`big-${i}`).length === 1));
    expect(articles('big-3')[0].body).toBe(`3 ${big}`);
  });

  it('honours Idempotency-Key: a retry replays the first answer; the key with another body is refused', async () => {
    const key = `idem-${src.id}`;
    const first = await push(replicaA, { externalId: 'idem-1', body: 'Once.' }, { 'idempotency-key': key });
    expect(first.status).toBe(202);
    const firstBody = await first.json();
    const retry = await push(replicaB, { externalId: 'idem-1', body: 'Once.' }, { 'idempotency-key': key });
    expect(retry.status).toBe(200);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await retry.json()).toEqual(firstBody);
    const other = await push(replicaA, { externalId: 'idem-2', body: 'Other.' }, { 'idempotency-key': key });
    expect(other.status).toBe(422);
    await waitFor('idem-1 on the topic', async () => articles('idem-1').length === 1);
    expect(articles('idem-2')).toEqual([]);
  });

  it('an Idempotency-Key covers the query and the metadata headers: the same key and body with another ?externalId is a 422', async () => {
    const key = `idem-q-${src.id}`;
    const text = (query: string, headers: Record<string, string> = {}) =>
      post(replicaA.url, 'The same plain-text body.', { 'content-type': 'text/plain', 'x-source-id': src.id, ...bearer(src), 'idempotency-key': key, ...headers }, `/v1/articles?${query}`);
    const first = await text('externalId=idem-q-1&title=First');
    expect(first.status).toBe(202);
    const firstBody = (await first.json()) as { id: string };
    expect(firstBody.id).toBe(articleIdFor(src.id, 'idem-q-1'));
    // The same request in another order and encoding is the same request.
    const replay = await post(
      replicaB.url,
      'The same plain-text body.',
      { 'content-type': 'text/plain', 'x-source-id': src.id, ...bearer(src), 'idempotency-key': key },
      '/v1/articles?title=%46irst&externalId=idem-q-1',
    );
    expect(replay.status).toBe(200);
    expect(await replay.json()).toEqual(firstBody);
    for (const other of [text('externalId=idem-q-2&title=First'), text('externalId=idem-q-1&title=First', { 'x-article-title': 'Forged' })]) {
      const res = await other;
      expect(res.status).toBe(422);
      expect(((await res.json()) as { message: string }).message).toMatch(/different request/);
    }
    await waitFor('idem-q-1 on the topic', async () => articles('idem-q-1').length === 1);
    expect(articles('idem-q-2')).toEqual([]);
  });

  it('remembers across a restart (receipts in PostgreSQL)', async () => {
    expect((await push(replicaA, { externalId: 'restart-1', body: 'Before restart.' })).status).toBe(202);
    await replicaA.stop();
    replicaA = await startIngest([src]);
    expect((await push(replicaA, { externalId: 'restart-1', body: 'Before restart.' })).status).toBe(200);
  });

  it('a publish that failed (503) leaves no receipt: the retry is published', async () => {
    const down = await startIngest([src], { KAFKA_BROKERS: '127.0.0.1:1', KAFKA_PRODUCE_TIMEOUT_MS: '1000' });
    try {
      expect((await push(down, { externalId: 'retry-1', body: 'Try me.' }, { 'idempotency-key': `r-${src.id}` })).status).toBe(503);
    } finally {
      await down.stop();
    }
    const retry = await push(replicaB, { externalId: 'retry-1', body: 'Try me.' }, { 'idempotency-key': `r-${src.id}` });
    expect(retry.status).toBe(202);
    await waitFor('retry-1 on the topic', async () => articles('retry-1').length === 1);
  });
});
