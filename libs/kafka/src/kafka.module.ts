import { DynamicModule, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import type { Kafka } from 'kafkajs';
import type { KafkaEnv } from '@news/config';
import type { KafkaBatchServer } from './batch-consumer.server';
import { createKafkaClient } from './kafka-factory';
import { KafkaPublisher } from './publisher';

export const KAFKA_CLIENT = Symbol('KAFKA_CLIENT');

/** Knows the consumers this process runs, for health checks. */
@Injectable()
export class ConsumerRegistry {
  private readonly servers: KafkaBatchServer[] = [];

  register(server: KafkaBatchServer): void {
    this.servers.push(server);
  }

  /** True when every consumer is a member of its group and its heartbeats go through. */
  allJoined(): boolean {
    return this.servers.length > 0 && this.servers.every((s) => s.consumerState === 'joined');
  }

  states(): string[] {
    return this.servers.map((s) => s.consumerState);
  }
}

@Injectable()
class PublisherShutdown implements OnApplicationShutdown {
  constructor(@Inject(KafkaPublisher) private readonly publisher: KafkaPublisher) {}

  async onApplicationShutdown(): Promise<void> {
    await this.publisher.disconnect();
  }
}

export interface KafkaModuleOptions {
  env: KafkaEnv;
  /** Suffix of the client id, e.g. the service name. */
  clientName: string;
  /** Messages allowed to wait for Kafka at once before publish fails fast. */
  maxQueuedMessages?: number;
}

/** Provides the kafkajs client and the publisher; apps never build Kafka clients themselves. */
@Module({})
export class KafkaModule {
  static forRoot(options: KafkaModuleOptions): DynamicModule {
    return {
      module: KafkaModule,
      global: true,
      providers: [
        { provide: KAFKA_CLIENT, useFactory: () => createKafkaClient(options.env, options.clientName) },
        {
          provide: KafkaPublisher,
          inject: [KAFKA_CLIENT],
          useFactory: (kafka: Kafka) =>
            new KafkaPublisher(kafka, {
              timeoutMs: options.env.KAFKA_PRODUCE_TIMEOUT_MS,
              sentTimeoutMs: options.env.KAFKA_PRODUCE_SENT_TIMEOUT_MS,
              maxQueuedMessages: options.maxQueuedMessages,
            }),
        },
        PublisherShutdown,
        ConsumerRegistry,
      ],
      exports: [KAFKA_CLIENT, KafkaPublisher, ConsumerRegistry],
    };
  }
}
