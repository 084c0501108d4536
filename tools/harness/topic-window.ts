/**
 * What was written to a topic between two moments: `openWindow` notes the
 * topic's end offsets, `read` reads from there to the topic's end as it is
 * then, with a group of its own. Fault tests use it to count the raw events
 * and dead letters of their own source without reading the whole topic.
 */
import { randomUUID } from 'node:crypto';
import type { Kafka } from 'kafkajs';
import { KafkaEnv, loadConfig } from '@news/config';
import { createKafkaClient, headersToStrings } from '@news/kafka';

export interface WindowMessage {
  partition: number;
  offset: string;
  key: string | null;
  value: string;
  headers: Record<string, string>;
}

export interface TopicWindow {
  /** Everything written since the window opened, up to the topic's end now. */
  read(): Promise<WindowMessage[]>;
}

function client(brokers?: string): Kafka {
  const { kafka } = loadConfig({ kafka: KafkaEnv }, brokers ? { KAFKA_BROKERS: brokers } : process.env);
  return createKafkaClient(kafka, 'test-window');
}

export async function openWindow(topic: string, brokers?: string): Promise<TopicWindow> {
  const admin = client(brokers).admin();
  await admin.connect();
  const from = await admin.fetchTopicOffsets(topic).finally(() => admin.disconnect());
  return { read: () => readBetween(topic, from, brokers) };
}

async function readBetween(topic: string, from: Array<{ partition: number; high: string }>, brokers?: string): Promise<WindowMessage[]> {
  const kafka = client(brokers);
  const admin = kafka.admin();
  await admin.connect();
  const groupId = `test-window-${randomUUID()}`;
  let until: Map<number, bigint>;
  try {
    until = new Map((await admin.fetchTopicOffsets(topic)).map((p) => [p.partition, BigInt(p.high)]));
    await admin.setOffsets({ groupId, topic, partitions: from.map((p) => ({ partition: p.partition, offset: p.high })) });
  } finally {
    await admin.disconnect();
  }
  const start = new Map(from.map((p) => [p.partition, BigInt(p.high)]));
  const left = () => [...until].filter(([p, end]) => (start.get(p) ?? 0n) < end);
  if (left().length === 0) return [];
  const seen: WindowMessage[] = [];
  const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 200 });
  await consumer.connect();
  try {
    await consumer.subscribe({ topic });
    await consumer.run({
      eachMessage: async ({ partition, message }) => {
        if (BigInt(message.offset) >= (until.get(partition) ?? 0n)) return;
        seen.push({
          partition,
          offset: message.offset,
          key: message.key?.toString() ?? null,
          value: message.value?.toString() ?? '',
          headers: headersToStrings(message.headers),
        });
        start.set(partition, BigInt(message.offset) + 1n);
      },
    });
    const deadline = Date.now() + 60_000;
    while (left().length > 0) {
      if (Date.now() > deadline) throw new Error(`could not read ${topic} to its end within 60 s (${left().length} partitions behind)`);
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    await consumer.disconnect();
  }
  return seen;
}
