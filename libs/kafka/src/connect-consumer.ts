import type { INestApplication } from '@nestjs/common';
import type { Kafka } from 'kafkajs';
import type { KafkaConsumerEnv } from '@news/config';
import { KafkaBatchServer } from './batch-consumer.server';
import type { BatchObserver, BatchSubscription, HandlerSlice } from './consumer/batch-consumer.options';
import { ConsumerRegistry, KAFKA_CLIENT } from './kafka.module';
import { PassThroughRpcFilter } from './pass-through.filter';
import { KafkaPublisher } from './publisher';

/** Provide this token (e.g. ObservabilityModule does) to receive batch outcomes. */
export const BATCH_OBSERVER = Symbol('BATCH_OBSERVER');

export interface ConnectConsumerOptions {
  stage: string;
  env: KafkaConsumerEnv;
  subscriptions: BatchSubscription[];
  partitionsConcurrently?: number;
  /** See BatchConsumerOptions.handlerSlice. */
  handlerSlice?: HandlerSlice;
  /** Batch outcomes for metrics, e.g. `app.get(BATCH_OBSERVER)` when ObservabilityModule is imported. */
  observer?: BatchObserver;
}

/**
 * Attaches a batch consumer to a Nest application (hybrid app): handlers are
 * the app's `@EventPattern(topic)` methods. Call app.startAllMicroservices() after.
 */
export function connectBatchConsumer(app: INestApplication, options: ConnectConsumerOptions): KafkaBatchServer {
  const server = new KafkaBatchServer({
    kafka: app.get<Kafka>(KAFKA_CLIENT),
    publisher: app.get(KafkaPublisher),
    stage: options.stage,
    groupId: options.env.KAFKA_GROUP_ID,
    subscriptions: options.subscriptions,
    sessionTimeoutMs: options.env.KAFKA_SESSION_TIMEOUT_MS,
    groupInstanceId: options.env.KAFKA_GROUP_INSTANCE_ID,
    maxAttempts: options.env.KAFKA_MAX_ATTEMPTS,
    maxBackoffMs: options.env.KAFKA_RETRY_MAX_BACKOFF_MS,
    fromBeginning: options.env.KAFKA_START_FROM === 'earliest',
    partitionsConcurrently: options.partitionsConcurrently,
    handlerSlice: options.handlerSlice,
    observer: options.observer,
  });
  // Deferred, so the filter below is in place when the listeners are registered.
  const microservice = app.connectMicroservice({ strategy: server }, { inheritAppConfig: false, deferInitialization: true });
  microservice.useGlobalFilters(new PassThroughRpcFilter());
  app.get(ConsumerRegistry).register(server);
  return server;
}
