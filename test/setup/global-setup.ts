import './register-paths';
import { allTopicSpecs } from '@news/contracts';
import { applyMigrations } from '@news/database';
import { createKafkaClient, ensureTopics } from '@news/kafka';
import { KafkaEnv, loadConfig } from '@news/config';
import { resolveServices } from './services';

/** Finds (or starts) Kafka and PostgreSQL, creates the topics and applies the migrations. */
export default async function globalSetup(): Promise<void> {
  const services = await resolveServices();
  process.env.KAFKA_BROKERS = services.kafkaBrokers;
  process.env.DATABASE_URL = services.databaseUrl;
  // Services started in the test process serve /metrics on a free port each (several run at once).
  process.env.METRICS_PORT = '0';
  (globalThis as { __servicesStop?: () => Promise<void> }).__servicesStop = services.stop;
  process.stderr.write(`\n[test services] ${services.how}: kafka=${services.kafkaBrokers}\n`);

  const { kafka } = loadConfig({ kafka: KafkaEnv });
  await ensureTopics(createKafkaClient(kafka, 'test-setup'), allTopicSpecs());

  await applyMigrations(services.databaseUrl);
}
