import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { redactConfig } from '@news/config';
import { runService, serviceObservability } from '@news/observability';
import { IngestModule } from './app.module';
import { HttpErrorFilter } from './http-error.filter';
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

if (require.main === module) {
  runService({
    name: 'ingest',
    sections: INGEST_CONFIG_SECTIONS,
    create: createIngestApp,
    loggedConfig: (c) => ({
      kafka: redactConfig(c.kafka),
      http: c.http,
      ingest: redactConfig(c.ingest),
      database: redactConfig(c.database),
    }),
    beforeServing: (c, logger) => {
      if (c.ingest.INGEST_AUTH_MODE !== 'open') return;
      logger.warn('INGEST_AUTH_MODE=open: pushes are accepted without an API key (development only)');
    },
    serving: (c) => `ingest listening on ${c.http.HOST}:${c.http.PORT}`,
  });
}
