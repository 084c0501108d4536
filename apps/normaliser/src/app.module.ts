import { DynamicModule, Module } from '@nestjs/common';
import type { Kafka } from 'kafkajs';
import { hostname } from 'node:os';
import { KAFKA_CLIENT, KafkaModule, KafkaPublisher } from '@news/kafka';
import { HealthModule, ObservabilityModule, ServiceObservability } from '@news/observability';
import { BoilerplateSync } from './boilerplate/boilerplate-sync';
import { BoilerplateSyncLifecycle } from './boilerplate/boilerplate-sync.lifecycle';
import { InlineEngine, NormaliseEngine, PooledEngine } from './normalise/engine';
import { NORMALISE_ENGINE, NormaliserService } from './normalise/normaliser.service';
import { RawArticlesHandler } from './normalise/raw-articles.handler';
import { NORMALISER_ENV, NormaliserConfig } from './normaliser.config';

/** The engine the config asks for: worker threads, or the main thread when NORMALISER_WORKERS is 0. */
export function engineFor(config: NormaliserConfig): NormaliseEngine {
  const n = config.normaliser;
  const replicaId = n.NORMALISER_REPLICA_ID ?? hostname();
  if (n.NORMALISER_WORKERS === 0) return new InlineEngine(replicaId);
  return new PooledEngine({ replicaId, workers: n.NORMALISER_WORKERS, articleTimeoutMs: n.NORMALISER_ARTICLE_TIMEOUT_MS });
}

@Module({})
export class NormaliserModule {
  static forRoot(config: NormaliserConfig, observability: ServiceObservability): DynamicModule {
    return {
      module: NormaliserModule,
      imports: [
        KafkaModule.forRoot({ env: config.kafka, clientName: 'normaliser' }),
        ObservabilityModule.forRoot(observability),
        HealthModule.forRoot({ consumers: true }),
      ],
      controllers: [RawArticlesHandler],
      providers: [
        NormaliserService,
        { provide: NORMALISER_ENV, useValue: config.normaliser },
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
      ],
    };
  }
}
