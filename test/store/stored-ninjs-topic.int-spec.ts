/**
 * STORE_STORED_EVENT_FORMATS=json+ninjs (real Kafka and PostgreSQL): every
 * change goes to news.articles.stored.v1 and, as a ninjs 2.2 document, to
 * news.articles.stored.ninjs.v1, same key, same CloudEvents identity.
 */
import { AnnouncementRepository } from '@news/database';
import { TOPICS } from '@news/contracts';
import { KafkaEnv, loadConfig } from '@news/config';
import { createKafkaClient } from '@news/kafka';
import { PipelineMetrics } from '@news/observability';
import { StoredArticlesService } from '../../apps/store/src/persist/stored-articles.service';
import { ninjsErrors } from '../../tools/contracts/ninjs-validator';
import { waitFor } from '../support/pipeline';
import { tapTopic, TopicTap } from '../support/topic-tap';
import { asBatch, normalisedEvent, runTag } from './support/normalised-events';
import { openStoreHarness, StoreHarness } from './support/store-harness';

describe('the stored changes as ninjs on a topic of their own (real Kafka)', () => {
  let h: StoreHarness;
  let json: TopicTap;
  let ninjs: TopicTap;
  const tag = runTag();

  beforeAll(async () => {
    h = await openStoreHarness();
    [json, ninjs] = await Promise.all([
      tapTopic(TOPICS.articlesStored.name),
      tapTopic(TOPICS.articlesStoredNinjs.name),
    ]);
  });

  /** The sum of each topic's end offsets: how many messages it ever took. */
  async function ends(): Promise<{ json: number; ninjs: number }> {
    const admin = createKafkaClient(loadConfig({ kafka: KafkaEnv }).kafka, 'test-ninjs-topic').admin();
    await admin.connect();
    try {
      const sum = async (topic: string) =>
        (await admin.fetchTopicOffsets(topic)).reduce((n, p) => n + Number(p.high), 0);
      return { json: await sum(TOPICS.articlesStored.name), ninjs: await sum(TOPICS.articlesStoredNinjs.name) };
    } finally {
      await admin.disconnect();
    }
  }

  afterAll(async () => {
    await json?.stop();
    await ninjs?.stop();
    await h?.close();
  });

  it('publishes each change on both topics when asked, and only the JSON one by default', async () => {
    const both = new StoredArticlesService(
      h.writer,
      new AnnouncementRepository(h.dataSource),
      h.publisher,
      new PipelineMetrics('test-ninjs-topic'),
      'json+ninjs',
    );
    const created = normalisedEvent({
      sourceId: `nt-${tag}`,
      externalId: 'urn:example:story',
      version: 1,
      text: `A ninjs story ${tag}.`,
    });
    const killed = normalisedEvent({
      sourceId: `nt-${tag}`,
      externalId: 'urn:example:story',
      version: 2,
      text: `A ninjs story ${tag}.`,
      pubStatus: 'canceled',
    });
    await both.storeBatch(asBatch([created]));
    await both.storeBatch(asBatch([killed]));
    const id = created.article.articleId;
    await waitFor(
      'both changes on both topics',
      async () => json.byKey(id).length === 2 && ninjs.byKey(id).length === 2,
    );
    const docs = ninjs.byKey(id).map((m) => JSON.parse(m.value) as Record<string, unknown>);
    for (const doc of docs) expect(ninjsErrors('2.2', doc)).toEqual([]);
    expect(docs.map((d) => [d.uri, d.version, d.pubstatus])).toEqual([
      ['urn:example:story', '1', 'usable'],
      ['urn:example:story', '2', 'canceled'],
    ]);
    const [j, n] = [json.byKey(id)[1], ninjs.byKey(id)[1]];
    expect(n.headers).toMatchObject({
      'content-type': 'application/ninjs+json; version=2.2',
      ce_change: 'killed',
      ce_id: j.headers.ce_id,
      ce_type: j.headers.ce_type,
    });

    // The default service: the JSON topic grows, the ninjs one does not (storeBatch returns once Kafka acknowledged).
    const before = await ends();
    const only = normalisedEvent({
      sourceId: `nt-${tag}`,
      externalId: 'json-only',
      version: 1,
      text: `Only JSON ${tag}.`,
    });
    await h.service.storeBatch(asBatch([only]));
    const after = await ends();
    expect(after.json).toBeGreaterThan(before.json);
    expect(after.ninjs).toBe(before.ninjs);
  });
});
