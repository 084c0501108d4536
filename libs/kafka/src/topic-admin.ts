import type { Kafka } from 'kafkajs';
import type { TopicSpec } from '@news/contracts';

/**
 * Creates the topics that do not exist yet and adds partitions to those that
 * have fewer than their spec (partitions are never removed; other settings of
 * existing topics are left as they are). Used by the local services script and
 * the tests; in production topics are declared as code (k8s/). Adding
 * partitions moves keys to other partitions for new messages only: safe here
 * because the store keeps the newest version whatever the arrival order.
 */
export async function ensureTopics(kafka: Kafka, specs: TopicSpec[], replicationFactor = 1): Promise<string[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = specs.filter((s) => !existing.has(s.name));
    if (missing.length > 0) {
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((s) => ({
          topic: s.name,
          numPartitions: s.partitions,
          replicationFactor,
          configEntries: Object.entries(s.config ?? {}).map(([name, value]) => ({ name, value })),
        })),
      });
    }
    const present = specs.filter((s) => existing.has(s.name));
    const grown: string[] = [];
    if (present.length > 0) {
      const { topics } = await admin.fetchTopicMetadata({ topics: present.map((s) => s.name) });
      const counts = new Map(topics.map((t) => [t.name, t.partitions.length]));
      const short = present.filter((s) => (counts.get(s.name) ?? s.partitions) < s.partitions);
      if (short.length > 0) {
        await admin.createPartitions({ topicPartitions: short.map((s) => ({ topic: s.name, count: s.partitions })) });
        grown.push(...short.map((s) => `${s.name} (${counts.get(s.name)} → ${s.partitions} partitions)`));
      }
    }
    return [...missing.map((s) => s.name), ...grown];
  } finally {
    await admin.disconnect();
  }
}
