import * as kafkajs from 'kafkajs';
import { backoffCeilingMs, PermanentError, TransientError, isTransient, retryBackoffMs } from './failures';
import { toDeadLetterMessage, writeDeadLetters } from './dead-letter';
import type { KafkaPublisher } from './publisher';
import { PublishNotSentError, PublishOutcomeUnknownError, PublishUnavailableError } from './publish-outcome';

/** kafkajs's error classes as its runtime has them (its type declarations leave out some and their constructors' options). */
const K = kafkajs as unknown as Record<string, new (...args: unknown[]) => Error>;

/** An error as a library throws it: its class name, SQLSTATE or errno code, and message (libs/kafka may not import pg or TypeORM). */
function like(name: string, message: string, extra: Record<string, unknown> = {}): Error {
  const e = new Error(message);
  Object.defineProperty(e, 'name', { value: name });
  return Object.assign(e, extra);
}
const pgError = (code: string, message: string) => like('error', message, { code, severity: 'FATAL' });
const errno = (code: string) => like('Error', `connect ${code} 127.0.0.1:5432`, { code, errno: -1, syscall: 'connect' });
/** TypeORM's QueryFailedError: the driver's error as `driverError`, its properties copied onto the wrapper. */
const typeormWrap = (driverError: Error & { code?: string }) =>
  like('QueryFailedError', driverError.message, { driverError, code: driverError.code, query: 'INSERT …' });

describe('isTransient', () => {
  // Every class that means "the connection or the server went away", per library; then what must stay permanent.
  const TRANSIENT: Array<[string, unknown]> = [
    ['our TransientError', new TransientError('x')],
    ['a publish Kafka did not take (no acknowledgement in time)', new PublishUnavailableError('Kafka did not acknowledge within 30000 ms')],
    ['a publish refused for backpressure', new PublishUnavailableError('too many messages waiting for Kafka (10000)')],
    ['a publish withdrawn before it was sent (a subclass)', new PublishNotSentError('not sent to Kafka within 3000 ms')],
    ['a publish of unknown outcome (a subclass)', new PublishOutcomeUnknownError('Kafka did not acknowledge within 25000 ms')],
    // Node sockets
    ...['ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN'].map(
      (code): [string, unknown] => [`errno ${code}`, errno(code)],
    ),
    ['an AggregateError of refused connections (IPv4 and IPv6 tried)', Object.assign(new AggregateError([errno('ECONNREFUSED'), errno('ECONNREFUSED')]), { code: 'ECONNREFUSED' })],
    ['an AggregateError without a code of its own', new AggregateError([errno('ECONNRESET')])],
    // node-postgres (pg, pg-pool): errors without a code
    ['pg: Connection terminated unexpectedly', like('Error', 'Connection terminated unexpectedly')],
    ['pg: Client has encountered a connection error', like('Error', 'Client has encountered a connection error and is not queryable')],
    ['pg: Client was closed', like('Error', 'Client was closed and is not queryable')],
    ['pg-pool: timeout exceeded when trying to connect', like('Error', 'timeout exceeded when trying to connect')],
    ['pg-pool: connection timeout with its cause', like('Error', 'Connection terminated due to connection timeout', { cause: like('Error', 'Connection terminated unexpectedly') })],
    ['pg: Query read timeout', like('Error', 'Query read timeout')],
    // PostgreSQL SQLSTATEs
    ...['08000', '08001', '08003', '08004', '08006', '08P01'].map((code): [string, unknown] => [`SQLSTATE ${code} (class 08, connection)`, pgError(code, 'connection failure')]),
    ['SQLSTATE 57P01 admin_shutdown', pgError('57P01', 'terminating connection due to administrator command')],
    ['SQLSTATE 57P02 crash_shutdown', pgError('57P02', 'terminating connection because of crash of another server process')],
    ['SQLSTATE 57P03 cannot_connect_now (starting up)', pgError('57P03', 'the database system is starting up')],
    ['SQLSTATE 57P03 cannot_connect_now (recovery)', pgError('57P03', 'the database system is in recovery mode')],
    ['SQLSTATE 57014 statement timeout', pgError('57014', 'canceling statement due to statement timeout')],
    ['SQLSTATE 53300 too many connections', pgError('53300', 'sorry, too many clients already')],
    ['SQLSTATE 58030 io_error', pgError('58030', 'could not write to file')],
    ['SQLSTATE 40001 serialization_failure', pgError('40001', 'could not serialize access')],
    ['SQLSTATE 40P01 deadlock', pgError('40P01', 'deadlock detected')],
    ['SQLSTATE 55P03 lock_not_available', pgError('55P03', 'could not obtain lock')],
    ['SQLSTATE 25006 read-only transaction (failover)', pgError('25006', 'cannot execute INSERT in a read-only transaction')],
    ['the database system is shutting down, without a code', like('Error', 'the database system is shutting down')],
    // TypeORM
    ['TypeORM QueryRunnerAlreadyReleasedError (the connection died under a transaction)', like('QueryRunnerAlreadyReleasedError', 'Query runner already released. Cannot run queries anymore.')],
    [
      'TypeORM 1.x QueryRunnerProviderAlreadyReleasedError (met in the flapping fault test)',
      like('QueryRunnerProviderAlreadyReleasedError', 'Database connection provided by a query runner was already released, cannot continue to use its querying methods anymore.'),
    ],
    ['TypeORM CannotExecuteNotConnectedError', like('CannotExecuteNotConnectedError', 'Cannot execute operation because connection is not yet established.')],
    ['TypeORM QueryFailedError around 57P01', typeormWrap(pgError('57P01', 'terminating connection due to administrator command'))],
    ['TypeORM QueryFailedError around a dropped connection', typeormWrap(like('Error', 'Connection terminated unexpectedly'))],
    // kafkajs
    ['kafkajs connection error', new K.KafkaJSConnectionError('Connection timeout')],
    ['kafkajs connection closed', new K.KafkaJSConnectionClosedError('Closed connection', { host: 'h', port: 1 })],
    ['kafkajs request timeout', new K.KafkaJSRequestTimeoutError('Request Produce(key: 0, version: 7) timed out')],
    ['kafkajs broker not found', new K.KafkaJSBrokerNotFound('Broker 1 not found in the cached metadata')],
    ['kafkajs no broker available', like('KafkaJSNoBrokerAvailableError', 'No broker available')],
    ['kafkajs group coordinator not found', new K.KafkaJSGroupCoordinatorNotFound('Failed to find group coordinator')],
    ['kafkajs metadata not loaded', new K.KafkaJSMetadataNotLoaded('Metadata not loaded')],
    ['kafkajs lock timeout', new K.KafkaJSLockTimeout('Timeout while acquiring lock')],
    ['kafkajs BROKER_NOT_AVAILABLE (marked non-retriable by kafkajs)', new K.KafkaJSProtocolError({ message: 'The broker is not available', type: 'BROKER_NOT_AVAILABLE', code: 8, retriable: false })],
    ...['LEADER_NOT_AVAILABLE', 'NOT_LEADER_FOR_PARTITION', 'REQUEST_TIMED_OUT', 'NETWORK_EXCEPTION', 'GROUP_COORDINATOR_NOT_AVAILABLE', 'NOT_COORDINATOR_FOR_GROUP', 'NOT_ENOUGH_REPLICAS', 'NOT_ENOUGH_REPLICAS_AFTER_APPEND', 'KAFKA_STORAGE_ERROR'].map(
      (type): [string, unknown] => [`kafkajs ${type}`, new K.KafkaJSProtocolError({ message: type, type, code: 0, retriable: true })],
    ),
    ['kafkajs retries exhausted on a connection error', new K.KafkaJSNumberOfRetriesExceeded(new K.KafkaJSConnectionError('Connection error: ECONNREFUSED'), { retryCount: 5, retryTime: 1000 })],
    ['kafkajs non-retriable wrapper around a connection error', new K.KafkaJSNonRetriableError(new K.KafkaJSConnectionError('Connection error'), { cause: new K.KafkaJSConnectionError('Connection error') })],
  ];

  const PERMANENT: Array<[string, unknown]> = [
    ['our PermanentError', new PermanentError('x')],
    ['a PermanentError wrapping a transient one', new PermanentError('bad payload', { cause: errno('ECONNRESET') })],
    ['SQLSTATE 23505 unique_violation', pgError('23505', 'duplicate key value violates unique constraint')],
    ['SQLSTATE 22P02 invalid_text_representation', pgError('22P02', 'invalid input syntax for type uuid')],
    ['SQLSTATE 42P01 undefined_table', pgError('42P01', 'relation "x" does not exist')],
    ['SQLSTATE 57P04 database_dropped', pgError('57P04', 'database dropped')],
    ['TypeORM QueryFailedError around a data error', typeormWrap(pgError('22001', 'value too long for type character varying(10)'))],
    ['kafkajs non-retriable error', new K.KafkaJSNonRetriableError('bad request')],
    ['kafkajs MESSAGE_TOO_LARGE', new K.KafkaJSProtocolError({ message: 'The request included a message larger than the max message size the server will accept', type: 'MESSAGE_TOO_LARGE', code: 10, retriable: false })],
    ['kafkajs retries exhausted on a non-retriable error', new K.KafkaJSNumberOfRetriesExceeded(new Error('unexpected'), { retryCount: 5, retryTime: 1000 })],
    ['a TypeError (a bug)', new TypeError('x is undefined')],
    ['a string', 'weird'],
    ['null', null],
  ];

  it.each(TRANSIENT)('%s is transient', (_what, error) => expect(isTransient(error)).toBe(true));
  it.each(PERMANENT)('%s is not transient', (_what, error) => expect(isTransient(error)).toBe(false));

  it('a publish that Kafka did not take carries its name (it is also matched by name)', () => {
    expect(new PublishUnavailableError('x').name).toBe('PublishUnavailableError');
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
    const deadLetters = [dl('a', 'invalid_payload'), dl('a', 'invalid_payload'), dl('b', 'max_attempts')];
    await writeDeadLetters({ publisher, stage: 'store', deadLetters, count: (e) => counted.push(e) });
    expect(published).toEqual([['a.dlq', 2], ['b.dlq', 1]]);
    expect(counted).toEqual([{ stage: 'store', reason: 'invalid_payload', count: 2 }, { stage: 'store', reason: 'max_attempts', count: 1 }]);

    const failing = { publish: async () => Promise.reject(new Error('broker down')) } as unknown as KafkaPublisher;
    counted.length = 0;
    const failed = writeDeadLetters({
      publisher: failing,
      stage: 'store',
      deadLetters: [dl('a', 'permanent_error')],
      count: (e) => counted.push(e),
    });
    await expect(failed).rejects.toThrow('broker down');
    expect(counted).toEqual([]);
  });
});

describe('retry backoff', () => {
  it('has a ceiling that doubles from the base and stops at the cap', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffCeilingMs(n, 5_000))).toEqual([200, 400, 800, 1_600, 3_200, 5_000]);
    expect(backoffCeilingMs(3, 10_000, 10)).toBe(40);
    expect(backoffCeilingMs(1_000, 10_000)).toBe(10_000);
  });

  it('waits anywhere between 0 and the ceiling (full jitter)', () => {
    expect(retryBackoffMs(3, 10_000, 200, () => 0)).toBe(0);
    expect(retryBackoffMs(3, 10_000, 200, () => 0.5)).toBe(400);
    expect(retryBackoffMs(3, 10_000, 200, () => 0.999_999)).toBe(799);
    expect(retryBackoffMs(40, 10_000, 200, () => 0.25)).toBe(2_500);
  });

  it('spreads consumers that failed at the same moment over the whole window', () => {
    const waits = Array.from({ length: 2_000 }, () => retryBackoffMs(6, 5_000));
    expect(Math.min(...waits)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...waits)).toBeLessThan(5_000);
    // A quarter of them in each quarter of the window, give or take.
    const quarters = [0, 1, 2, 3].map((q) => waits.filter((w) => w >= q * 1_250 && w < (q + 1) * 1_250).length);
    for (const n of quarters) expect(n).toBeGreaterThan(350);
  });
});
