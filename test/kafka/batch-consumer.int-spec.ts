/**
 * KafkaBatchServer against the real broker: valid messages reach the handler
 * in batches, invalid ones and permanently failing ones go to the dead-letter
 * topic with their reason, transient failures are retried until they pass, and
 * the committed offset ends past everything that was handled.
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
  DLQ_HEADERS,
  ensureTopics,
  InboundBatch,
  KafkaModule,
  KafkaPublisher,
  PermanentError,
  TransientError,
} from '@news/kafka';
import { metricsBatchObserver, PipelineMetrics } from '@news/observability';
import { tapTopic, TopicTap } from '../support/topic-tap';
import { waitFor } from '../support/pipeline';

const RUN = randomUUID().slice(0, 8);
const TOPIC = `test.batch-consumer.${RUN}`;

class TestEvent {
  @IsString()
  id!: string;

  @IsIn(['ok', 'poison', 'flaky', 'outage'])
  kind!: 'ok' | 'poison' | 'flaky' | 'outage';
}

const handled: string[] = [];
const batchSizes: number[] = [];
const flakyFailures = new Map<string, number>();
/**
 * What an `outage` message meets, in order, before it passes: errors of no known class (as a driver may
 * throw while its server restarts) between transient ones. Never two unknown ones in a row, so with
 * KAFKA_MAX_ATTEMPTS=2 it must not be dead-lettered: a transient failure starts the count again.
 */
const OUTAGE_SCRIPT = ['unknown', 'transient', 'unknown', 'transient', 'unknown', 'transient', 'unknown'] as const;
const outageFailures = new Map<string, number>();

@Controller()
class TestHandler {
  @EventPattern<Record<string, InboundBatch<TestEvent>>>(TOPIC)
  async handle(@Payload() batch: InboundBatch<TestEvent>): Promise<void> {
    batchSizes.push(batch.messages.length);
    for (const m of batch.messages) {
      if (m.value.kind === 'poison') throw new PermanentError(`poison ${m.value.id}`);
      if (m.value.kind === 'outage' && (outageFailures.get(m.value.id) ?? 0) < OUTAGE_SCRIPT.length) {
        const n = outageFailures.get(m.value.id) ?? 0;
        outageFailures.set(m.value.id, n + 1);
        if (OUTAGE_SCRIPT[n] === 'transient') throw new TransientError('database restarting');
        throw new Error('unexpected state after the server went away');
      }
      if (m.value.kind === 'flaky' && (flakyFailures.get(m.value.id) ?? 0) < 2) {
        flakyFailures.set(m.value.id, (flakyFailures.get(m.value.id) ?? 0) + 1);
        throw new TransientError('database briefly unavailable');
      }
    }
    // Record only once the whole (sub-)batch succeeded, as a transaction would.
    handled.push(...batch.messages.map((m) => m.value.id));
  }
}

describe('KafkaBatchServer (real Kafka)', () => {
  let app: INestApplication;
  let dlq: TopicTap;
  let publisher: KafkaPublisher;
  const groupId = `test-batch-${RUN}`;
  const metrics = new PipelineMetrics('test');

  beforeAll(async () => {
    const { kafka } = loadConfig({ kafka: KafkaEnv });
    await ensureTopics(createKafkaClient(kafka, 'test'), [
      { name: TOPIC, partitions: 3, description: 'test' },
      { name: deadLetterTopicOf(TOPIC), partitions: 1, description: 'test' },
    ]);
    @Module({ imports: [KafkaModule.forRoot({ env: kafka, clientName: 'test-batch' })], controllers: [TestHandler] })
    class TestModule {}
    app = await NestFactory.create(TestModule, { logger: ['error', 'warn'] });
    const consumerEnv = loadConfig(
      { c: KafkaConsumerEnv },
      {
        KAFKA_GROUP_ID: groupId,
        KAFKA_MAX_ATTEMPTS: '2',
        KAFKA_RETRY_MAX_BACKOFF_MS: '400',
        KAFKA_START_FROM: process.env.TMP_START ?? 'earliest',
      },
    ).c;
    // Same concurrency as the services: three partitions processed in parallel.
    connectBatchConsumer(app, {
      stage: 'test-stage',
      env: consumerEnv,
      subscriptions: [{ topic: TOPIC, contract: TestEvent }],
      partitionsConcurrently: 3,
      observer: metricsBatchObserver(metrics),
    });
    dlq = await tapTopic(deadLetterTopicOf(TOPIC), true);
    publisher = app.get(KafkaPublisher);
    await app.startAllMicroservices();
    await app.init();
    const registry = app.get(ConsumerRegistry);
    await waitFor('the consumer to join its group', async () => registry.allJoined());
  });

  afterAll(async () => {
    await dlq?.stop();
    await app?.close();
  });

  it('handles good messages, dead-letters bad ones with a reason, retries transient failures, commits', async () => {
    const send = (key: string, value: string) =>
      publisher.publish(TOPIC, [{ key, value, headers: { 'event-id': `ev-${key}`, 'correlation-id': `corr-${key}` } }]);
    await send('a', JSON.stringify({ id: 'a', kind: 'ok' }));
    await send('bad-json', '{"id": "x", ');
    await send('bad-shape', JSON.stringify({ id: 'y', kind: 'unknown' }));
    await publisher.publish(
      TOPIC,
      ['b', 'c', 'p', 'd'].map((id) => ({
        key: id,
        value: JSON.stringify({ id, kind: id === 'p' ? 'poison' : 'ok' }),
      })),
    );
    await send('f', JSON.stringify({ id: 'f', kind: 'flaky' }));
    await send('o', JSON.stringify({ id: 'o', kind: 'outage' }));
    await send('z', JSON.stringify({ id: 'z', kind: 'ok' }));

    await waitFor(
      'all good messages handled',
      async () => ['a', 'b', 'c', 'd', 'f', 'o', 'z'].every((id) => handled.includes(id)),
      60_000,
    );
    await waitFor('three dead letters', async () => dlq.all().length >= 3, 30_000);

    // Each good message is handled exactly once (the batch with the poison message was
    // retried message by message; the failed attempts recorded nothing).
    expect([...handled].sort()).toEqual(['a', 'b', 'c', 'd', 'f', 'o', 'z']);
    expect(flakyFailures.get('f')).toBe(2);
    expect(outageFailures.get('o')).toBe(OUTAGE_SCRIPT.length);

    const byKey = Object.fromEntries(dlq.all().map((m) => [m.key, m]));
    expect(Object.keys(byKey).sort()).toEqual(['bad-json', 'bad-shape', 'p']);
    expect(byKey['bad-json'].headers[DLQ_HEADERS.error]).toMatch(/invalid payload.*not valid JSON/);
    expect(byKey['bad-json'].value).toBe('{"id": "x", ');
    expect(byKey['bad-json'].headers['event-id']).toBe('ev-bad-json');
    expect(byKey['bad-shape'].headers[DLQ_HEADERS.error]).toMatch(/invalid payload: kind/);
    expect(byKey['p'].headers[DLQ_HEADERS.error]).toMatch(/PermanentError: poison p/);
    expect(byKey['p'].headers[DLQ_HEADERS.attempts]).toBe('2');
    // Counted where they were written, by stage and reason; the reason none had is there at 0.
    const counted = (await metrics.registry.getSingleMetricAsString('news_articles_dead_lettered_total'))
      .split('\n')
      .filter((l) => !l.startsWith('#'));
    expect(counted.sort()).toEqual([
      'news_articles_dead_lettered_total{stage="test-stage",reason="invalid_payload",service="test"} 2',
      'news_articles_dead_lettered_total{stage="test-stage",reason="max_attempts",service="test"} 0',
      'news_articles_dead_lettered_total{stage="test-stage",reason="permanent_error",service="test"} 1',
    ]);
    for (const m of dlq.all()) {
      expect(m.headers[DLQ_HEADERS.stage]).toBe('test-stage');
      expect(m.headers[DLQ_HEADERS.originalTopic]).toBe(TOPIC);
      expect(['0', '1', '2']).toContain(m.headers[DLQ_HEADERS.originalPartition]);
      expect(Number.isNaN(Date.parse(m.headers[DLQ_HEADERS.failedAt]))).toBe(false);
    }

    // The group's committed offset is past the last message: nothing will be redelivered.
    const { kafka } = loadConfig({ kafka: KafkaEnv });
    const admin = createKafkaClient(kafka, 'test').admin();
    await admin.connect();
    try {
      await waitFor('offsets committed to the end of every partition', async () => {
        const ends = await admin.fetchTopicOffsets(TOPIC);
        const [{ partitions }] = await admin.fetchOffsets({ groupId, topics: [TOPIC] });
        return ends.every((e) => {
          const committed = partitions.find((p) => p.partition === e.partition)?.offset;
          return e.high === '0' ? true : committed === e.high;
        });
      });
    } finally {
      await admin.disconnect();
    }
  });
});
