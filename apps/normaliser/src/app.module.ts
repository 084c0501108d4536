import { DynamicModule, Module } from '@nestjs/common';
import { KafkaModule } from '@news/kafka';
import { HealthController } from './health.controller';
import { NormaliserService } from './normalise/normaliser.service';
import { RawArticlesHandler } from './normalise/raw-articles.handler';
import type { NormaliserConfig } from './normaliser.config';

@Module({})
export class NormaliserModule {
  static forRoot(config: NormaliserConfig): DynamicModule {
    return {
      module: NormaliserModule,
      imports: [KafkaModule.forRoot({ env: config.kafka, clientName: 'normaliser' })],
      controllers: [RawArticlesHandler, HealthController],
      providers: [NormaliserService],
    };
  }
}
