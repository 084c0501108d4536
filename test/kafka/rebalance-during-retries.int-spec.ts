/**
 * A member retrying a batch through an outage (transient failures, for as long
 * as they last) must not hold up a rebalance: when a heartbeat says the group
 * is rebalancing, it stops retrying, leaves the batch uncommitted and rejoins.
 * Otherwise the group would wait for it until kafkajs's rebalance timeout (60 s),
 * with no member consuming anything.
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
  TransientError,
} from '@news/kafka';
import { waitFor } from '../support/pipeline';

const RUN = randomUUID().slice(0, 8);
const TOPIC = `test.rebalance-retries.${RUN}`;

class Event {
  @IsString()
  id!: string;
}

const outage = { on: true, failures: 0 };
const handled: string[] = [];

@Controller()
class OutageHandler {
  @EventPattern<Record<string, InboundBatch<Event>>>(TOPIC)
  async handle(@Payload() batch: InboundBatch<Event>): Promise<void> {
    if (outage.on) {
      outage.failures++;
      throw new TransientError('database unavailable');
    }
    handled.push(...batch.messages.map((m) => m.value.id));
  }
}

async function consumerApp(groupId: string): Promise<INestApplication> {
  const { kafka } = loadConfig({ kafka: KafkaEnv });
  @Module({
    imports: [KafkaModule.forRoot({ env: kafka, clientName: 'test-rebalance' })],
    controllers: [OutageHandler],
  })
  class TestModule {}
  const app = await NestFactory.create(TestModule, { logger: ['error'] });
  const env = loadConfig(
    { c: KafkaConsumerEnv },
    { KAFKA_GROUP_ID: groupId, KAFKA_START_FROM: 'earliest', KAFKA_RETRY_MAX_BACKOFF_MS: '500' },
  ).c;
  connectBatchConsumer(app, { stage: 'test-rebalance', env, subscriptions: [{ topic: TOPIC, contract: Event }] });
  await app.startAllMicroservices();
  await app.init();
  return app;
}

describe('a rebalance while a member retries through an outage (real Kafka)', () => {
  const apps: INestApplication[] = [];

  afterAll(async () => {
    for (const app of apps) await app.close();
  });

  it('the retrying member lets the rebalance through, and the batch is handled once the outage ends', async () => {
    const { kafka } = loadConfig({ kafka: KafkaEnv });
    await ensureTopics(createKafkaClient(kafka, 'test'), [{ name: TOPIC, partitions: 2, description: 'test' }]);
    const groupId = `test-rebalance-${RUN}`;
    const first = await consumerApp(groupId);
    apps.push(first);
    await waitFor('the first member to join', async () => first.get(ConsumerRegistry).allJoined());
    await first.get(KafkaPublisher).publish(TOPIC, [{ key: 'k', value: JSON.stringify({ id: 'a' }) }]);
    await waitFor('the first member to be retrying', async () => outage.failures >= 2, 30_000);

    // A second member joins while the first is deep in its retries: the rebalance must complete well
    // before kafkajs's 60 s rebalance timeout would remove the first member.
    const second = await consumerApp(groupId);
    apps.push(second);
    await waitFor(
      'both members to be in the group again',
      async () => first.get(ConsumerRegistry).allJoined() && second.get(ConsumerRegistry).allJoined(),
      30_000,
    );

    outage.on = false;
    await waitFor('the message to be handled', async () => handled.includes('a'), 30_000);
  }, 90_000);
});
