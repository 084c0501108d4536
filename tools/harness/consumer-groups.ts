import { KafkaEnv, loadConfig } from '@news/config';
import { createKafkaClient } from '@news/kafka';

/**
 * Commits a new consumer group's offsets at the topic's current end, so the
 * group starts "now" but, unlike KAFKA_START_FROM=latest, a member that dies
 * before its first commit does not make its successor skip to the end (which
 * would lose what arrived in between). Fault tests start their groups this way.
 */
export async function startGroupAtEnd(groupId: string, topic: string, brokers?: string): Promise<void> {
  const { kafka } = loadConfig({ kafka: KafkaEnv }, brokers ? { KAFKA_BROKERS: brokers } : process.env);
  const admin = createKafkaClient(kafka, 'test-groups').admin();
  await admin.connect();
  try {
    const ends = await admin.fetchTopicOffsets(topic);
    await admin.setOffsets({ groupId, topic, partitions: ends.map((e) => ({ partition: e.partition, offset: e.high })) });
  } finally {
    await admin.disconnect();
  }
}
