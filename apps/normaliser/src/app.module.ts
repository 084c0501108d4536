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
import { NormaliserService } from './normalise/normaliser.service';
import { RawArticlesHandler } from './normalise/raw-articles.handler';
import { NORMALISER_LIMITS, NormaliserConfig } from './normaliser.config';

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
        {
          provide: BoilerplateSync,
          inject: [KAFKA_CLIENT, KafkaPublisher],
          useFactory: (kafka: Kafka, publisher: KafkaPublisher) =>
            new BoilerplateSync(kafka, publisher, {
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
