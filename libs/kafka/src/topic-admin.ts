import type { Kafka } from 'kafkajs';
import type { TopicSpec } from '@news/contracts';

/**
 * Creates the topics that do not exist yet (existing ones are left as they
 * are). Used by the local services script and the tests; in production topics
 * are declared as code (k8s/).
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
    return missing.map((s) => s.name);
  } finally {
    await admin.disconnect();
  }
}
