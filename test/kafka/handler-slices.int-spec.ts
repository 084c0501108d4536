/**
 * KafkaBatchServer with handlerSlice against the real broker: a fetched batch
 * reaches the handler in calls within the limits, each message once and in
 * partition order; the next slice starts while the one before waits on I/O
 * (two at most); a poison message costs only its own slice a retry (it is
 * dead-lettered, the others are handled once); offsets end past everything.
 */
import { Controller, INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { EventPattern, Payload } from '@nestjs/microservices';
import { IsIn, IsString } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { deadLetterTopicOf } from '@news/contracts';
import { KafkaConsumerEnv, KafkaEnv, loadConfig } from '@news/config';
import {
  connectBatchConsumer,
  ConsumerRegistry,
  createKafkaClient,
  ensureTopics,
  InboundBatch,
  KafkaModule,
  KafkaPublisher,
  PermanentError,
} from '@news/kafka';
import { tapTopic, TopicTap } from '../support/topic-tap';
import { waitFor } from '../support/pipeline';

const RUN = randomUUID().slice(0, 8);
const TOPIC = `test.handler-slices.${RUN}`;

class SliceEvent {
  @IsString()
  id!: string;

  @IsIn(['ok', 'poison'])
  kind!: 'ok' | 'poison';
}

const calls: string[][] = [];
const handled: string[] = [];
/** Handler calls under way, now and at most. */
let running = 0;
let mostRunning = 0;
/** Per call, in call order: whether another call was under way when it started. */
const startedBesideAnother: boolean[] = [];

@Controller()
class SliceHandler {
  @EventPattern<Record<string, InboundBatch<SliceEvent>>>(TOPIC)
  async handle(@Payload() batch: InboundBatch<SliceEvent>): Promise<void> {
    calls.push(batch.messages.map((m) => m.value.id));
    startedBesideAnother.push(running > 0);
    for (const m of batch.messages) if (m.value.kind === 'poison') throw new PermanentError(`poison ${m.value.id}`);
    running++;
    mostRunning = Math.max(mostRunning, running);
    try {
      // Stands for a publish: the call waits on I/O, as the normaliser's does for Kafka's acknowledgement.
      await new Promise((r) => setTimeout(r, 30));
    } finally {
      running--;
    }
    handled.push(...batch.messages.map((m) => m.value.id));
  }
}

describe('KafkaBatchServer handing batches over in slices (real Kafka)', () => {
  let app: INestApplication;
  let dlq: TopicTap;
  const groupId = `test-slices-${RUN}`;
  const ids = Array.from({ length: 40 }, (_, i) => `m${String(i).padStart(2, '0')}`);

  beforeAll(async () => {
    const { kafka } = loadConfig({ kafka: KafkaEnv });
    await ensureTopics(createKafkaClient(kafka, 'test'), [
      { name: TOPIC, partitions: 1, description: 'test' },
      { name: deadLetterTopicOf(TOPIC), partitions: 1, description: 'test' },
    ]);
    @Module({ imports: [KafkaModule.forRoot({ env: kafka, clientName: 'test-slices' })], controllers: [SliceHandler] })
    class SliceModule {}
    app = await NestFactory.create(SliceModule, { logger: ['error'] });
    // The messages are published before the consumer starts, so its first fetch holds them all.
    const values = ids.map((id) => ({ key: id, value: JSON.stringify({ id, kind: id === 'm13' ? 'poison' : 'ok' }) }));
    await app.get(KafkaPublisher).publish(TOPIC, values);
    const consumerEnv = loadConfig(
      { c: KafkaConsumerEnv },
      {
        KAFKA_GROUP_ID: groupId,
        KAFKA_MAX_ATTEMPTS: '1',
        KAFKA_RETRY_MAX_BACKOFF_MS: '200',
        KAFKA_START_FROM: 'earliest',
      },
    ).c;
    connectBatchConsumer(app, {
      stage: 'test-stage',
      env: consumerEnv,
      subscriptions: [{ topic: TOPIC, contract: SliceEvent }],
      handlerSlice: { maxMessages: 8, maxBytes: 1024 * 1024 },
    });
    dlq = await tapTopic(deadLetterTopicOf(TOPIC), true);
    await app.startAllMicroservices();
    await app.init();
    await waitFor('the consumer to join its group', async () => app.get(ConsumerRegistry).allJoined());
  });

  afterAll(async () => {
    await dlq?.stop();
    await app?.close();
  });

  it('gives the handler at most maxMessages at once, each good message once, dead-letters the poison one', async () => {
    await waitFor(
      'every good message handled',
      async () => ids.filter((id) => id !== 'm13').every((id) => handled.includes(id)),
      60_000,
    );
    await waitFor('the poison message dead-lettered', async () => dlq.all().length === 1, 30_000);

    expect(Math.max(...calls.map((c) => c.length))).toBeLessThanOrEqual(8);
    // More than one slice of the first fetch: without slices the first call would hold all 40.
    expect(calls[0]).toEqual(ids.slice(0, 8));
    expect(handled).toEqual(ids.filter((id) => id !== 'm13'));
    // Only the poison message's slice (m08-m15) was retried message by message.
    const singles = calls.filter((c) => c.length === 1).flat();
    expect(singles).toEqual(ids.slice(8, 16));
    expect(dlq.all().map((m) => m.key)).toEqual(['m13']);
    // Call indices below hold for KAFKA_MAX_ATTEMPTS 1: m08-m15 fails once, then its eight messages are tried one by
    // one.
    // m08-m15 started while m00-m07 waited; m16-m23 waited for m08-m15's retries, and m24-m31 started
    // while it waited. (Whether m32-m39 starts before m24-m31 ends depends on which 30 ms ends first.)
    expect(startedBesideAnother.slice(0, 2)).toEqual([false, true]);
    expect(calls.slice(10, 12)).toEqual([ids.slice(16, 24), ids.slice(24, 32)]);
    expect(startedBesideAnother.slice(10, 12)).toEqual([false, true]);
    expect(mostRunning).toBe(2);

    const { kafka } = loadConfig({ kafka: KafkaEnv });
    const admin = createKafkaClient(kafka, 'test').admin();
    await admin.connect();
    try {
      await waitFor('offset committed past the last message', async () => {
        const [{ partitions }] = await admin.fetchOffsets({ groupId, topics: [TOPIC] });
        return partitions[0]?.offset === String(ids.length);
      });
    } finally {
      await admin.disconnect();
    }
  });
});
