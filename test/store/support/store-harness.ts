/**
 * The store's write path (repository + service + a real Kafka publisher)
 * against the real PostgreSQL and Kafka, without the consumer, so a test
 * decides exactly what each batch holds.
 */
import { DataSource } from 'typeorm';
import { Client } from 'pg';
import { PipelineMetrics } from '@news/observability';
import { KafkaEnv, loadConfig } from '@news/config';
import { AnnouncementRepository, ArticleQueryRepository, ArticleRepository, databaseOptions } from '@news/database';
import { createKafkaClient, KafkaPublisher } from '@news/kafka';
import { StoredArticlesService } from '../../../apps/store/src/persist/stored-articles.service';

export interface StoreHarness {
  dataSource: DataSource;
  writer: ArticleRepository;
  reader: ArticleQueryRepository;
  service: StoredArticlesService;
  publisher: KafkaPublisher;
  db: Client;
  close(): Promise<void>;
}

export async function openStoreHarness(): Promise<StoreHarness> {
  const dataSource = new DataSource(
    databaseOptions({ DATABASE_URL: process.env.DATABASE_URL!, DATABASE_POOL_SIZE: 4, DATABASE_SSL: false }),
  );
  await dataSource.initialize();
  const { kafka } = loadConfig({ kafka: KafkaEnv });
  const publisher = new KafkaPublisher(createKafkaClient(kafka, 'test-store-harness'), { timeoutMs: 10_000 });
  await publisher.connect();
  const writer = new ArticleRepository(dataSource);
  const reader = new ArticleQueryRepository(dataSource);
  const db = new Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  return {
    dataSource,
    writer,
    reader,
    service: new StoredArticlesService(writer, new AnnouncementRepository(dataSource), publisher, new PipelineMetrics('test-store')),
    publisher,
    db,
    close: async () => {
      await db.end();
      await publisher.disconnect();
      await dataSource.destroy();
    },
  };
}
