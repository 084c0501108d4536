import { DynamicModule, Module, Provider } from '@nestjs/common';
import { KafkaModule } from '@news/kafka';
import { HealthModule, ObservabilityModule, ServiceObservability } from '@news/observability';
import { ArticleIntakeService } from './articles/article-intake.service';
import { ArticlesController } from './articles/articles.controller';
import { PushService } from './articles/push.service';
import { SourceRegistry } from './auth/source-registry';
import { receiptStoreProviders } from './delivery/receipt-store.providers';
import { INGEST_CONFIG, IngestConfig } from './ingest.config';
import { OpenApiController } from './openapi/openapi.controller';
import { FeedPoller } from './poller/feed-poller';
import { transportsFromConfig } from './transports/transport-config';
import { transportReceiptProviders } from './transports/transport-receipts';
import { TRANSPORTS, TransportsService } from './transports/transports.service';

@Module({})
export class IngestModule {
  static forRoot(config: IngestConfig, observability: ServiceObservability): DynamicModule {
    // Read (and checked) before Nest starts, so a bad source list stops start-up with a clear message.
    const registry = SourceRegistry.fromConfig(config.ingest);
    const providers: Provider[] = [
      { provide: INGEST_CONFIG, useValue: config },
      { provide: SourceRegistry, useValue: registry },
      ...receiptStoreProviders(config),
      ArticleIntakeService,
      PushService,
    ];
    if (config.ingest.INGEST_POLL_FEEDS) providers.push(FeedPoller);
    const transports = transportsFromConfig(config.ingest);
    if (transports.length > 0) {
      providers.push({ provide: TRANSPORTS, useValue: transports }, ...transportReceiptProviders(config), TransportsService);
    }
    return {
      module: IngestModule,
      imports: [
        KafkaModule.forRoot({
          env: config.kafka,
          clientName: 'ingest',
          maxQueuedMessages: config.ingest.INGEST_MAX_PENDING_PUBLISHES,
        }),
        ObservabilityModule.forRoot(observability),
        // Transports show in the readiness details; a failing one never makes ingest not ready.
        HealthModule.forRoot({ producer: true, extra: [TransportsService] }),
      ],
      controllers: [ArticlesController, OpenApiController],
      providers,
    };
  }
}
