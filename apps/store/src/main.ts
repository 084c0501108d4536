import 'reflect-metadata';
import { INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NormalisedArticleEvent, TOPICS } from '@news/contracts';
import { loadConfigOrExit, redactConfig } from '@news/config';
import { SchemaGate } from '@news/database';
import { BATCH_OBSERVER, BatchObserver, connectBatchConsumer } from '@news/kafka';
import { installGracefulShutdown, PINO_LOGGER, serviceObservability, ShutdownState } from '@news/observability';
import type { Logger as PinoLogger } from 'pino';
import { StoreModule } from './app.module';
import { STORE_CONFIG_SECTIONS, StoreConfig } from './store.config';

export async function createStoreApp(config: StoreConfig): Promise<INestApplication> {
  // abortOnError false: a start-up failure rejects (main() reports it and exits) instead of exiting the process from inside Nest.
  const observability = serviceObservability('store', config.http);
  const app = await NestFactory.create(StoreModule.forRoot(config, observability), { abortOnError: false, logger: observability.nestLogger });
  connectBatchConsumer(app, {
    stage: 'store',
    env: config.consumer,
    subscriptions: [{ topic: TOPICS.articlesNormalised.name, contract: NormalisedArticleEvent }],
    partitionsConcurrently: 3,
    observer: app.get<BatchObserver>(BATCH_OBSERVER),
  });
  return app;
}

async function main(): Promise<void> {
  const config = loadConfigOrExit(STORE_CONFIG_SECTIONS);
  const app = await createStoreApp(config);
  const logger = new Logger('store');
  logger.log(
    `config: ${JSON.stringify({ kafka: redactConfig(config.kafka), consumer: config.consumer, http: config.http, database: redactConfig(config.database) })}`,
  );
  const shutdown = installGracefulShutdown(app, app.get(ShutdownState), {
    timeoutMs: config.http.SHUTDOWN_TIMEOUT_MS,
    drainDelayMs: config.http.SHUTDOWN_DRAIN_DELAY_MS,
    logger: app.get<PinoLogger>(PINO_LOGGER),
  });
  try {
    // Probes answer first; the consumer starts only once the schema has the migrations this build writes with
    // (until the migration Job has run, the store is up, not ready, and consumes nothing).
    await app.listen(config.http.PORT, config.http.HOST);
    if (!(await app.get(SchemaGate).waitUntilCurrent())) return;
    await app.startAllMicroservices();
  } catch (err) {
    // Joined the group already, perhaps: leave it rather than hold partitions until the session expires.
    shutdown.fatal('start-up failed', err);
    return;
  }
  logger.log(`store consuming ${TOPICS.articlesNormalised.name}; API on ${config.http.HOST}:${config.http.PORT}`);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(`store failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  });
}
