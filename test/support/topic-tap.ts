/** Records what arrives on a topic from now on (its own consumer group), for assertions. */
import { randomUUID } from 'node:crypto';
import type { Consumer } from 'kafkajs';
import { KafkaEnv, loadConfig } from '@news/config';
import { createKafkaClient, headersToStrings } from '@news/kafka';

export interface TappedMessage {
  key: string | null;
  value: string;
  headers: Record<string, string>;
  partition: number;
  offset: string;
}

export interface TopicTap {
  all(): TappedMessage[];
  byKey(key: string): TappedMessage[];
  stop(): Promise<void>;
}

export async function tapTopic(topic: string, fromBeginning = false, brokers?: string): Promise<TopicTap> {
  const { kafka } = loadConfig({ kafka: KafkaEnv }, brokers ? { KAFKA_BROKERS: brokers } : process.env);
  const consumer: Consumer = createKafkaClient(kafka, 'test-tap').consumer({ groupId: `test-tap-${randomUUID()}` });
  const seen: TappedMessage[] = [];
  let joined = false;
  consumer.on(consumer.events.GROUP_JOIN, () => (joined = true));
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning });
  await consumer.run({
    eachMessage: async ({ message, partition }) => {
      seen.push({
        key: message.key?.toString() ?? null,
        value: message.value?.toString() ?? '',
        headers: headersToStrings(message.headers),
        partition,
        offset: message.offset,
      });
    },
  });
  const deadline = Date.now() + 30_000;
  while (!joined && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (!joined) throw new Error(`tap on ${topic} did not join its group`);
  return {
    all: () => [...seen],
    byKey: (key) => seen.filter((m) => m.key === key),
    stop: () => consumer.disconnect(),
  };
}
