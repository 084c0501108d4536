/**
 * A stop while a batch is being handled: the consumer lets the batch finish,
 * commits its offset, and only then leaves the group, so the next member does
 * not handle it again. (kafkajs skips a commit silently once its runner is
 * stopping, so a commit left to the end of the batch would be lost.)
 */
import { Controller, INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { EventPattern, Payload } from '@nestjs/microservices';
import { IsString } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { KafkaConsumerEnv, KafkaEnv, loadConfig } from '@news/config';
import { connectBatchConsumer, ConsumerRegistry, createKafkaClient, ensureTopics, InboundBatch, KafkaModule, KafkaPublisher } from '@news/kafka';
import { waitFor } from '../support/pipeline';

const RUN = randomUUID().slice(0, 8);
const TOPIC = `test.commit-on-close.${RUN}`;
const HANDLER_MS = 2_000;

class Event {
  @IsString()
  id!: string;
}

const started: string[] = [];
const finished: string[] = [];

@Controller()
class SlowHandler {
  @EventPattern<Record<string, InboundBatch<Event>>>(TOPIC)
  async handle(@Payload() batch: InboundBatch<Event>): Promise<void> {
    started.push(...batch.messages.map((m) => m.value.id));
    await new Promise((r) => setTimeout(r, HANDLER_MS));
    finished.push(...batch.messages.map((m) => m.value.id));
  }
}

describe('closing a consumer mid-batch (real Kafka)', () => {
  it('finishes the batch, commits past it and then leaves', async () => {
    const { kafka } = loadConfig({ kafka: KafkaEnv });
    await ensureTopics(createKafkaClient(kafka, 'test'), [{ name: TOPIC, partitions: 1, description: 'test' }]);
    @Module({ imports: [KafkaModule.forRoot({ env: kafka, clientName: 'test-close' })], controllers: [SlowHandler] })
    class TestModule {}
    const app: INestApplication = await NestFactory.create(TestModule, { logger: ['error', 'warn'] });
    const groupId = `test-close-${RUN}`;
    const env = loadConfig({ c: KafkaConsumerEnv }, { KAFKA_GROUP_ID: groupId, KAFKA_START_FROM: 'earliest' }).c;
    connectBatchConsumer(app, { stage: 'test-close', env, subscriptions: [{ topic: TOPIC, contract: Event }] });
    await app.startAllMicroservices();
    await app.init();
    await waitFor('the consumer to join its group', async () => app.get(ConsumerRegistry).allJoined());

    await app.get(KafkaPublisher).publish(TOPIC, [{ key: 'a', value: JSON.stringify({ id: 'a' }) }]);
    await waitFor('the handler to start', async () => started.length > 0, 30_000);
    await app.close();
    expect(finished).toEqual(['a']);

    // Read once, right after the close returned: the commit landed before the member left.
    const admin = createKafkaClient(kafka, 'test-admin').admin();
    await admin.connect();
    try {
      const [offsets] = await admin.fetchOffsets({ groupId, topics: [TOPIC] });
      expect(offsets.partitions[0].offset).toBe('1');
    } finally {
      await admin.disconnect();
    }
  }, 60_000);
});
