/* Creates the pipeline's topics on the broker named by KAFKA_BROKERS (used by scripts/services.sh). */
import { allTopicSpecs } from '@news/contracts';
import { KafkaEnv, loadConfig } from '@news/config';
import { createKafkaClient } from '../kafka-factory';
import { ensureTopics } from '../topic-admin';

async function main(): Promise<void> {
  const { kafka } = loadConfig({ kafka: KafkaEnv });
  const created = await ensureTopics(createKafkaClient(kafka, 'admin'), allTopicSpecs());
  process.stderr.write(created.length ? `created or grew topics: ${created.join(', ')}\n` : 'topics already exist\n');
}

main().catch((err: unknown) => {
  process.stderr.write(`ensure-topics failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
