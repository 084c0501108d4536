import { DynamicModule, Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  AnnouncementRepository,
  ArticleQueryRepository,
  ArticleRepository,
  databaseOptions,
  readSchemaState,
  SchemaGate,
} from '@news/database';
import { KafkaModule } from '@news/kafka';
import { HealthModule, ObservabilityModule, SCHEMA_GATE, ServiceObservability } from '@news/observability';
import { DbPoolMetrics } from './db-pool.metrics';
import { EMBARGO_POLL_MS, EmbargoReleaser } from './persist/embargo-releaser';
import { NormalisedArticlesHandler } from './persist/normalised-articles.handler';
import { StoredArticlesService } from './persist/stored-articles.service';
import { ArticlesController } from './query/articles.controller';
import { OpenApiController } from './query/openapi.controller';
import type { StoreConfig } from './store.config';

@Module({})
export class StoreModule {
  static forRoot(config: StoreConfig, observability: ServiceObservability): DynamicModule {
    return {
      module: StoreModule,
      imports: [
        KafkaModule.forRoot({ env: config.kafka, clientName: 'store' }),
        ObservabilityModule.forRoot(observability),
        TypeOrmModule.forRoot({
          ...databaseOptions(config.database),
          migrationsRun: config.database.DATABASE_MIGRATE_ON_START,
          retryAttempts: 10,
          retryDelay: 1_000,
        }),
        HealthModule.forRoot({ database: true, schema: 'required', consumers: true }),
      ],
      controllers: [NormalisedArticlesHandler, ArticlesController, OpenApiController],
      providers: [
        { provide: ArticleRepository, inject: [DataSource], useFactory: (ds: DataSource) => new ArticleRepository(ds) },
        {
          provide: ArticleQueryRepository,
          inject: [DataSource],
          useFactory: (ds: DataSource) => new ArticleQueryRepository(ds),
        },
        {
          provide: AnnouncementRepository,
          inject: [DataSource],
          useFactory: (ds: DataSource) => new AnnouncementRepository(ds),
        },
        {
          provide: SchemaGate,
          inject: [DataSource],
          useFactory: (ds: DataSource) => {
            const logger = new Logger('schema');
            return new SchemaGate({ read: () => readSchemaState(ds), log: (level, m) => logger[level](m) });
          },
        },
        { provide: SCHEMA_GATE, useExisting: SchemaGate },
        { provide: EMBARGO_POLL_MS, useValue: config.embargo.STORE_EMBARGO_POLL_MS },
        StoredArticlesService,
        EmbargoReleaser,
        DbPoolMetrics,
      ],
    };
  }
}
