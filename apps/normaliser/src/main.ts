import 'reflect-metadata';
import { INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { RawArticleEvent, TOPICS } from '@news/contracts';
import { redactConfig } from '@news/config';
import { BATCH_OBSERVER, BatchObserver, connectBatchConsumer } from '@news/kafka';
import { runService, serviceObservability } from '@news/observability';
import { NormaliserModule } from './app.module';
import { BoilerplateSync } from './boilerplate/boilerplate-sync';
import type { NormaliseEngine } from './normalise/engine';
import { NORMALISE_ENGINE } from './normalise/normaliser.service';
import { NORMALISER_CONFIG_SECTIONS, NormaliserConfig } from './normaliser.config';

export async function createNormaliserApp(config: NormaliserConfig): Promise<INestApplication> {
  const observability = serviceObservability('normaliser', config.http);
  const app = await NestFactory.create(NormaliserModule.forRoot(config, observability), {
    logger: observability.nestLogger,
  });
  connectBatchConsumer(app, {
    stage: 'normaliser',
    env: config.consumer,
    subscriptions: [{ topic: TOPICS.articlesRaw.name, contract: RawArticleEvent }],
    partitionsConcurrently: 3,
    // Short slices of cleaning: each is published as it is done, instead of the first article of a large
    // fetch waiting for the last (docs/normaliser.md#batches-and-slices).
    handlerSlice: { maxMessages: 32, maxBytes: 512 * 1024 },
    observer: app.get<BatchObserver>(BATCH_OBSERVER),
  });
  // Load the learned chrome before the first article is cleaned.
  await app.get(BoilerplateSync).start();
  // Load the tagging data and run the cores once before joining the group (see warm-up.ts).
  const warm = await app.get<NormaliseEngine>(NORMALISE_ENGINE).warmUp();
  new Logger('normaliser').log(`warmed up in ${warm.ms} ms`);
  return app;
}

if (require.main === module) {
  runService({
    name: 'normaliser',
    sections: NORMALISER_CONFIG_SECTIONS,
    create: createNormaliserApp,
    loggedConfig: (c) => ({ kafka: redactConfig(c.kafka), consumer: c.consumer, http: c.http }),
    serving: (c) => `normaliser consuming ${TOPICS.articlesRaw.name}; health on ${c.http.HOST}:${c.http.PORT}`,
  });
}
