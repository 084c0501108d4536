import { DynamicModule, Logger, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  AnnouncementRepository,
  ArticleQueryRepository,
  ArticleRepository,
  ChangesRepository,
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
import { ConsumerGuard, DEFAULT_RATE_LIMIT } from './access/consumer.guard';
import { ConsumerKeys } from './access/consumer-keys';
import { KeysController } from './access/keys.controller';
import { ChangesController } from './changes/changes.controller';
import { CHANGES_POLL_MS, ChangesStreams } from './changes/changes-stream';
import { ProblemFilter } from './http/problem';
import { STORE_PUBLIC_URL } from './query/public-url';
import { STORED_EVENT_FORMATS } from './persist/stored-event';

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
      controllers: [
        NormalisedArticlesHandler,
        ArticlesController,
        ChangesController,
        KeysController,
        OpenApiController,
      ],
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
        { provide: ChangesRepository, inject: [DataSource], useFactory: (ds: DataSource) => new ChangesRepository(ds) },
        { provide: EMBARGO_POLL_MS, useValue: config.embargo.STORE_EMBARGO_POLL_MS },
        { provide: ConsumerKeys, useValue: ConsumerKeys.fromConfig(config.api) },
        { provide: DEFAULT_RATE_LIMIT, useValue: config.api.STORE_RATE_LIMIT_PER_MINUTE },
        { provide: CHANGES_POLL_MS, useValue: config.api.STORE_CHANGES_POLL_MS },
        { provide: STORE_PUBLIC_URL, useValue: config.api.STORE_PUBLIC_URL },
        { provide: STORED_EVENT_FORMATS, useValue: config.api.STORE_STORED_EVENT_FORMATS },
        { provide: APP_FILTER, useClass: ProblemFilter },
        ConsumerGuard,
        ChangesStreams,
        StoredArticlesService,
        EmbargoReleaser,
        DbPoolMetrics,
      ],
    };
  }
}
