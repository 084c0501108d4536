import { DynamicModule, Module } from '@nestjs/common';
import { KAFKA_CLIENT, KafkaModule, KafkaPublisher } from '@news/kafka';
import { hostname } from 'node:os';
import type { Kafka } from 'kafkajs';
import { BoilerplateSync } from './boilerplate/boilerplate-sync';
import { BoilerplateSyncLifecycle } from './boilerplate/boilerplate-sync.lifecycle';
import { ObservabilityModule } from '@news/observability';
import type { Logger } from 'pino';
import type { PipelineMetrics } from '@news/observability';
import { HealthController } from './health.controller';
import { InlineEngine, NormaliseEngine, PooledEngine } from './normalise/engine';
import { NORMALISE_ENGINE, NormaliserService } from './normalise/normaliser.service';
import { RawArticlesHandler } from './normalise/raw-articles.handler';
import { ThreadHeapMetrics } from './normalise/thread-heap.metrics';
import { NORMALISER_LIMITS, NormaliserConfig } from './normaliser.config';

/** The engine the config asks for: worker threads, or the main thread when NORMALISER_WORKERS is 0. */
export function engineFor(config: NormaliserConfig): NormaliseEngine {
  const n = config.normaliser;
  const replicaId = n.NORMALISER_REPLICA_ID ?? hostname();
  if (n.NORMALISER_WORKERS === 0) return new InlineEngine(replicaId);
  return new PooledEngine({ replicaId, workers: n.NORMALISER_WORKERS, articleTimeoutMs: n.NORMALISER_ARTICLE_TIMEOUT_MS });
}

@Module({})
export class NormaliserModule {
  static forRoot(config: NormaliserConfig, observability: { logger: Logger; metrics: PipelineMetrics }): DynamicModule {
    return {
      module: NormaliserModule,
      imports: [KafkaModule.forRoot({ env: config.kafka, clientName: 'normaliser' }), ObservabilityModule.forRoot(observability)],
      controllers: [RawArticlesHandler, HealthController],
      providers: [
        NormaliserService,
        { provide: NORMALISER_LIMITS, useValue: config.normaliser },
        { provide: NORMALISE_ENGINE, useFactory: () => engineFor(config) },
        {
          provide: BoilerplateSync,
          inject: [KAFKA_CLIENT, KafkaPublisher, NORMALISE_ENGINE],
          useFactory: (kafka: Kafka, publisher: KafkaPublisher, engine: NormaliseEngine) =>
            new BoilerplateSync(kafka, publisher, engine.chrome, {
              replicaId: config.normaliser.NORMALISER_REPLICA_ID ?? hostname(),
              intervalMs: config.normaliser.NORMALISER_BOILERPLATE_SYNC_MS,
              maxAgeMs: config.normaliser.NORMALISER_BOILERPLATE_MAX_AGE_DAYS * 24 * 3_600_000,
            }),
        },
        BoilerplateSyncLifecycle,
        ThreadHeapMetrics,
      ],
    };
  }
}
