import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfigOrExit, redactConfig } from '@news/config';
import { installGracefulShutdown, PINO_LOGGER, serviceObservability, ShutdownState } from '@news/observability';
import type { Logger as PinoLogger } from 'pino';
import { IngestModule } from './app.module';
import { SourceConfigError } from './auth/source-registry';
import { HttpErrorFilter } from './http-exception.filter';
import { INGEST_CONFIG_SECTIONS, IngestConfig } from './ingest.config';

export async function createIngestApp(config: IngestConfig): Promise<NestExpressApplication> {
  const observability = serviceObservability('ingest', config.http);
  const app = await NestFactory.create<NestExpressApplication>(IngestModule.forRoot(config, observability), {
    bodyParser: false,
    logger: observability.nestLogger,
  });
  // Every body is read raw: the Content-Type picks the wire-format parser, and HMAC signatures are over the exact bytes.
  app.useBodyParser('raw', { limit: config.ingest.INGEST_MAX_BODY_BYTES, type: () => true });
  app.useGlobalFilters(new HttpErrorFilter());
  return app;
}

/** A bad source list is a configuration error: say what is wrong (never a key) and exit 78 like loadConfigOrExit. */
async function createIngestAppOrExit(config: IngestConfig): Promise<NestExpressApplication> {
  try {
    return await createIngestApp(config);
  } catch (err) {
    if (err instanceof SourceConfigError) {
      process.stderr.write(`${err.message}\nThe service refuses to start until these are fixed.\n`);
      process.exit(78);
    }
    throw err;
  }
}

async function main(): Promise<void> {
  const config = loadConfigOrExit(INGEST_CONFIG_SECTIONS);
  const app = await createIngestAppOrExit(config);
  const logger = new Logger('ingest');
  logger.log(
    `config: ${JSON.stringify({ kafka: redactConfig(config.kafka), http: config.http, ingest: redactConfig(config.ingest), database: redactConfig(config.database) })}`,
  );
  if (config.ingest.INGEST_AUTH_MODE === 'open') logger.warn('INGEST_AUTH_MODE=open: pushes are accepted without an API key (development only)');
  installGracefulShutdown(app, app.get(ShutdownState), {
    timeoutMs: config.http.SHUTDOWN_TIMEOUT_MS,
    drainDelayMs: config.http.SHUTDOWN_DRAIN_DELAY_MS,
    logger: app.get<PinoLogger>(PINO_LOGGER),
  });
  await app.listen(config.http.PORT, config.http.HOST);
  logger.log(`ingest listening on ${config.http.HOST}:${config.http.PORT}`);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(`ingest failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  });
}
