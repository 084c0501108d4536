import { KafkaJSConnectionError, KafkaJSNonRetriableError } from 'kafkajs';
import { PermanentError, TransientError, isTransient, retryBackoffMs } from './failures';
import { toDeadLetterMessage, writeDeadLetters } from './dead-letter';
import type { KafkaPublisher } from './publisher';
import { PublishUnavailableError } from './publisher';

describe('isTransient', () => {
  it('trusts explicit classifications', () => {
    expect(isTransient(new TransientError('x'))).toBe(true);
    expect(isTransient(new PermanentError('x'))).toBe(false);
  });

  it('treats network and broker errors as transient', () => {
    expect(isTransient(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isTransient(new KafkaJSConnectionError('Connection timeout'))).toBe(true);
    expect(isTransient(new KafkaJSNonRetriableError('bad request'))).toBe(false);
  });

  it("treats a publish Kafka did not take as transient: a consumer's output unpublished is never its message's fault", () => {
    // Until 2026-11-29 it fell through to "unknown, permanent": an acknowledgement timeout
    // dead-lettered good messages after KAFKA_MAX_ATTEMPTS.
    expect(isTransient(new PublishUnavailableError('Kafka did not acknowledge within 30000 ms'))).toBe(true);
    expect(isTransient(new PublishUnavailableError('too many messages waiting for Kafka (10000)'))).toBe(true);
    expect(new PublishUnavailableError('x').name).toBe('PublishUnavailableError');
  });

  it('treats PostgreSQL connection, resource and serialisation failures as transient, data errors as permanent', () => {
    expect(isTransient(Object.assign(new Error('x'), { code: '08006' }))).toBe(true); // connection_failure
    expect(isTransient(Object.assign(new Error('x'), { code: '57P01' }))).toBe(true); // admin_shutdown
    expect(isTransient(Object.assign(new Error('x'), { code: '40001' }))).toBe(true); // serialization_failure
    expect(isTransient(Object.assign(new Error('x'), { code: '23505' }))).toBe(false); // unique_violation
    expect(isTransient(Object.assign(new Error('x'), { code: '22P02' }))).toBe(false); // invalid_text_representation
    expect(isTransient(new Error('Connection terminated unexpectedly'))).toBe(true);
  });

  it('treats unknown errors as permanent (bounded attempts, never a blocked partition)', () => {
    expect(isTransient(new TypeError('x is undefined'))).toBe(false);
    expect(isTransient('weird')).toBe(false);
  });
});

describe('toDeadLetterMessage', () => {
  it('keeps key, value and headers and adds the reason, stage, attempts and origin', () => {
    const msg = toDeadLetterMessage(
      'normaliser',
      {
        topic: 'news.articles.raw.v1',
        partition: 2,
        message: { key: Buffer.from('k1'), value: Buffer.from('{"x":1}'), headers: { 'event-id': 'e1' }, offset: '41', timestamp: '0', attributes: 0 },
        reason: 'invalid payload: article: missing',
        kind: 'invalid_payload',
        attempts: 3,
      },
      new Date('2026-01-01T00:00:00Z'),
    );
    expect(msg.topic).toBe('news.articles.raw.v1.dlq');
    expect(msg.key).toBe('k1');
    expect(msg.value.toString()).toBe('{"x":1}');
    expect(msg.headers).toEqual({
      'event-id': 'e1',
      'dlq-error': 'invalid payload: article: missing',
      'dlq-stage': 'normaliser',
      'dlq-attempts': '3',
      'dlq-failed-at': '2026-01-01T00:00:00.000Z',
      'dlq-original-topic': 'news.articles.raw.v1',
      'dlq-original-partition': '2',
      'dlq-original-offset': '41',
    });
  });
});

describe('writeDeadLetters', () => {
  it('publishes per DLQ topic and counts by stage and reason once published', async () => {
    const published: Array<[string, number]> = [];
    const publisher = { publish: async (topic: string, msgs: unknown[]) => void published.push([topic, msgs.length]) } as unknown as KafkaPublisher;
    const counted: unknown[] = [];
    const message = { key: Buffer.from('k'), value: Buffer.from('{}'), headers: {}, offset: '1', timestamp: '0', attributes: 0 };
    const dl = (topic: string, kind: 'invalid_payload' | 'permanent_error' | 'max_attempts') => ({ topic, partition: 0, message, reason: kind, kind, attempts: 1 });
    await writeDeadLetters(publisher, 'store', [dl('a', 'invalid_payload'), dl('a', 'invalid_payload'), dl('b', 'max_attempts')], (e) => counted.push(e));
    expect(published).toEqual([['a.dlq', 2], ['b.dlq', 1]]);
    expect(counted).toEqual([{ stage: 'store', reason: 'invalid_payload', count: 2 }, { stage: 'store', reason: 'max_attempts', count: 1 }]);

    const failing = { publish: async () => Promise.reject(new Error('broker down')) } as unknown as KafkaPublisher;
    counted.length = 0;
    await expect(writeDeadLetters(failing, 'store', [dl('a', 'permanent_error')], (e) => counted.push(e))).rejects.toThrow('broker down');
    expect(counted).toEqual([]);
  });
});

describe('retryBackoffMs', () => {
  it('doubles from the base and stops at the cap', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => retryBackoffMs(n, 5_000))).toEqual([200, 400, 800, 1_600, 3_200, 5_000]);
    expect(retryBackoffMs(3, 10_000, 10)).toBe(40);
    expect(retryBackoffMs(1_000, 10_000)).toBe(10_000);
  });
});
