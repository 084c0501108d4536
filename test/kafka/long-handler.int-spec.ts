/**
 * A handler call longer than the session timeout: the consumer keeps sending
 * heartbeats while it runs, so the member is not evicted, the batch is not
 * handed to another member and redone, and the offset is committed once.
 */
import { Controller, INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { EventPattern, Payload } from '@nestjs/microservices';
import { IsString } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { KafkaConsumerEnv, KafkaEnv, loadConfig } from '@news/config';
import {
  connectBatchConsumer,
  ConsumerRegistry,
  createKafkaClient,
  ensureTopics,
  InboundBatch,
  KafkaModule,
  KafkaPublisher,
} from '@news/kafka';
import { waitFor } from '../support/pipeline';

const RUN = randomUUID().slice(0, 8);
const TOPIC = `test.long-handler.${RUN}`;
const SESSION_TIMEOUT_MS = 6_000; // the broker's minimum (group.min.session.timeout.ms)
const HANDLER_MS = 3 * SESSION_TIMEOUT_MS;

class SlowEvent {
  @IsString()
  id!: string;
}

const calls: string[] = [];

@Controller()
class SlowHandler {
  @EventPattern<Record<string, InboundBatch<SlowEvent>>>(TOPIC)
  async handle(@Payload() batch: InboundBatch<SlowEvent>): Promise<void> {
    calls.push(...batch.messages.map((m) => m.value.id));
    // Awaiting, as a slow database write would: the event loop is free for heartbeats.
    await new Promise((r) => setTimeout(r, HANDLER_MS));
  }
}

describe('a handler call longer than the session timeout (real Kafka)', () => {
  let app: INestApplication;
  const groupId = `test-long-${RUN}`;

  beforeAll(async () => {
    const { kafka } = loadConfig({ kafka: KafkaEnv });
    const client = createKafkaClient(kafka, 'test');
    await ensureTopics(client, [{ name: TOPIC, partitions: 1, description: 'test' }]);
    @Module({ imports: [KafkaModule.forRoot({ env: kafka, clientName: 'test-long' })], controllers: [SlowHandler] })
    class TestModule {}
    app = await NestFactory.create(TestModule, { logger: ['error', 'warn'] });
    const env = loadConfig(
      { c: KafkaConsumerEnv },
      { KAFKA_GROUP_ID: groupId, KAFKA_SESSION_TIMEOUT_MS: String(SESSION_TIMEOUT_MS), KAFKA_START_FROM: 'earliest' },
    ).c;
    connectBatchConsumer(app, { stage: 'test-long', env, subscriptions: [{ topic: TOPIC, contract: SlowEvent }] });
    await app.startAllMicroservices();
    await app.init();
    await waitFor('the consumer to join its group', async () => app.get(ConsumerRegistry).allJoined());
  });

  afterAll(async () => {
    await app?.close();
  });

  it(
    'stays a member through the call, handles the message once and commits past it',
    async () => {
      await app.get(KafkaPublisher).publish(TOPIC, [{ key: 'slow', value: JSON.stringify({ id: 'slow-1' }) }]);
      await waitFor('the handler to start', async () => calls.length > 0, 30_000);
      // Half-way through the call the member must still count as joined (heartbeats go through).
      await new Promise((r) => setTimeout(r, HANDLER_MS / 2));
      expect(app.get(ConsumerRegistry).allJoined()).toBe(true);

      const { kafka } = loadConfig({ kafka: KafkaEnv });
      const admin = createKafkaClient(kafka, 'test-admin').admin();
      await admin.connect();
      try {
        await waitFor(
          'the offset to be committed past the message',
          async () => {
            const [offsets] = await admin.fetchOffsets({ groupId, topics: [TOPIC] });
            return offsets.partitions[0].offset === '1';
          },
          HANDLER_MS + 30_000,
        );
      } finally {
        await admin.disconnect();
      }
      // An evicted member's batch would have been redelivered and handled again.
      await new Promise((r) => setTimeout(r, SESSION_TIMEOUT_MS));
      expect(calls).toEqual(['slow-1']);
    },
    HANDLER_MS + 90_000,
  );
});
