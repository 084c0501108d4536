import { DynamicModule, Module } from '@nestjs/common';
import { KafkaModule } from '@news/kafka';
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
      providers: [NormaliserService, { provide: NORMALISER_LIMITS, useValue: config.normaliser }],
    };
  }
}
