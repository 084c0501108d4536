import { DynamicModule, Module } from '@nestjs/common';
import { KafkaModule } from '@news/kafka';
import { ArticleIntakeService } from './articles/article-intake.service';
import { ArticlesController } from './articles/articles.controller';
import { HealthController } from './health.controller';
import { INGEST_CONFIG, IngestConfig } from './ingest.config';

@Module({})
export class IngestModule {
  static forRoot(config: IngestConfig): DynamicModule {
    return {
      module: IngestModule,
      imports: [
        KafkaModule.forRoot({
          env: config.kafka,
          clientName: 'ingest',
          maxInFlightPublishes: config.ingest.INGEST_MAX_PENDING_PUBLISHES,
        }),
      ],
      controllers: [ArticlesController, HealthController],
      providers: [{ provide: INGEST_CONFIG, useValue: config }, ArticleIntakeService],
    };
  }
}
