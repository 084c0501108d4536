import 'reflect-metadata';
import { INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { RawArticleEvent, TOPICS } from '@news/contracts';
import { loadConfigOrExit, redactConfig } from '@news/config';
import { BATCH_OBSERVER, BatchObserver, connectBatchConsumer } from '@news/kafka';
import { installGracefulShutdown, PINO_LOGGER, serviceObservability, ShutdownState } from '@news/observability';
import type { Logger as PinoLogger } from 'pino';
import { NormaliserModule } from './app.module';
import { BoilerplateSync } from './boilerplate/boilerplate-sync';
import { NORMALISER_CONFIG_SECTIONS, NormaliserConfig } from './normaliser.config';
import type { NormaliseEngine } from './normalise/engine';
import { NORMALISE_ENGINE } from './normalise/normaliser.service';

export async function createNormaliserApp(config: NormaliserConfig): Promise<INestApplication> {
  const observability = serviceObservability('normaliser', config.http);
  const app = await NestFactory.create(NormaliserModule.forRoot(config, observability), { logger: observability.nestLogger });
  connectBatchConsumer(app, {
    stage: 'normaliser',
    env: config.consumer,
    subscriptions: [{ topic: TOPICS.articlesRaw.name, contract: RawArticleEvent }],
    partitionsConcurrently: 3,
    // About 50 ms of cleaning a slice on one core (a full page takes 5-10 ms, a wire item under 1 ms): each is
    // published as it is done, instead of the first article of a 4 MB fetch waiting for the last (README, How failures are handled).
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

async function main(): Promise<void> {
  const config = loadConfigOrExit(NORMALISER_CONFIG_SECTIONS);
  const app = await createNormaliserApp(config);
  const logger = new Logger('normaliser');
  logger.log(`config: ${JSON.stringify({ kafka: redactConfig(config.kafka), consumer: config.consumer, http: config.http })}`);
  const shutdown = installGracefulShutdown(app, app.get(ShutdownState), {
    timeoutMs: config.http.SHUTDOWN_TIMEOUT_MS,
    drainDelayMs: config.http.SHUTDOWN_DRAIN_DELAY_MS,
    logger: app.get<PinoLogger>(PINO_LOGGER),
  });
  try {
    await app.startAllMicroservices();
    await app.listen(config.http.PORT, config.http.HOST);
  } catch (err) {
    // Joined the group already, perhaps: leave it rather than hold partitions until the session expires.
    shutdown.fatal('start-up failed', err);
    return;
  }
  logger.log(`normaliser consuming ${TOPICS.articlesRaw.name}; health on ${config.http.HOST}:${config.http.PORT}`);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(`normaliser failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  });
}
