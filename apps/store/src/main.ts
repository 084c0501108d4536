import 'reflect-metadata';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NormalisedArticleEvent, TOPICS } from '@news/contracts';
import { redactConfig } from '@news/config';
import { BATCH_OBSERVER, BatchObserver, connectBatchConsumer } from '@news/kafka';
import { runService, serviceObservability } from '@news/observability';
import { StoreModule } from './app.module';
import { STORE_CONFIG_SECTIONS, StoreConfig } from './store.config';

export async function createStoreApp(config: StoreConfig): Promise<INestApplication> {
  const observability = serviceObservability('store', config.http);
  // abortOnError false: a start-up failure rejects (the caller reports it) instead of exiting from inside Nest.
  const app = await NestFactory.create(StoreModule.forRoot(config, observability), {
    abortOnError: false,
    logger: observability.nestLogger,
  });
  connectBatchConsumer(app, {
    stage: 'store',
    env: config.consumer,
    subscriptions: [{ topic: TOPICS.articlesNormalised.name, contract: NormalisedArticleEvent }],
    partitionsConcurrently: 3,
    observer: app.get<BatchObserver>(BATCH_OBSERVER),
  });
  return app;
}

if (require.main === module) {
  runService({
    name: 'store',
    sections: STORE_CONFIG_SECTIONS,
    create: createStoreApp,
    loggedConfig: (c) => ({
      kafka: redactConfig(c.kafka),
      consumer: c.consumer,
      http: c.http,
      database: redactConfig(c.database),
    }),
    serving: (c) => `store consuming ${TOPICS.articlesNormalised.name}; API on ${c.http.HOST}:${c.http.PORT}`,
  });
}
