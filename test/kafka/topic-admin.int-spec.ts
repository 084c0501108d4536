/**
 * ensureTopics against the real broker: creates what is missing, grows a topic
 * that has fewer partitions than its spec (an environment made before the spec
 * changed), never shrinks one, and a second run changes nothing.
 */
import { randomUUID } from 'node:crypto';
import { KafkaEnv, loadConfig } from '@news/config';
import { createKafkaClient, ensureTopics } from '@news/kafka';

describe('ensureTopics (real Kafka)', () => {
  const { kafka } = loadConfig({ kafka: KafkaEnv });
  const client = createKafkaClient(kafka, 'test-topic-admin');
  const topic = `test.topic-admin.${randomUUID().slice(0, 8)}`;
  const admin = client.admin();

  beforeAll(() => admin.connect());
  afterAll(async () => {
    await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
    await admin.disconnect();
  });

  const partitionsOf = async () => (await admin.fetchTopicMetadata({ topics: [topic] })).topics[0].partitions.length;

  it('creates, grows, leaves larger topics alone and is idempotent', async () => {
    expect(await ensureTopics(client, [{ name: topic, partitions: 2, description: 'test' }])).toEqual([topic]);
    expect(await partitionsOf()).toBe(2);

    expect(await ensureTopics(client, [{ name: topic, partitions: 6, description: 'test' }])).toEqual([
      `${topic} (2 → 6 partitions)`,
    ]);
    expect(await partitionsOf()).toBe(6);

    // A spec with fewer partitions than the topic has: partitions are never removed.
    expect(await ensureTopics(client, [{ name: topic, partitions: 3, description: 'test' }])).toEqual([]);
    expect(await partitionsOf()).toBe(6);

    expect(await ensureTopics(client, [{ name: topic, partitions: 6, description: 'test' }])).toEqual([]);
  });
});
