import { KafkaJSError } from 'kafkajs';

/**
 * A failure that will happen again however often the message is retried
 * (bad payload, a parser that cannot read it). The message is dead-lettered.
 */
export class PermanentError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PermanentError';
  }
}

/** A failure of something outside the message (broker, database, timeout): retry, never skip. */
export class TransientError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TransientError';
  }
}

/** The ceiling of the wait before retry number `failures` (1-based): doubling from `baseMs`, capped at `maxMs`. */
export function backoffCeilingMs(failures: number, maxMs: number, baseMs = 200): number {
  return Math.min(maxMs, baseMs * 2 ** Math.min(Math.max(failures, 1) - 1, 16));
}

/**
 * The wait before retry number `failures`, with full jitter: anywhere between
 * 0 and the capped exponential ceiling. Consumers that lost the same database
 * at the same moment would otherwise all come back at the same instants and
 * hit it in lockstep while it recovers. One schedule for handler retries and
 * offset commits alike.
 */
export function retryBackoffMs(
  failures: number,
  maxMs: number,
  baseMs = 200,
  random: () => number = Math.random,
): number {
  return Math.floor(random() * backoffCeilingMs(failures, maxMs, baseMs));
}

/** Node socket and DNS errors: the peer is gone, refuses, or cannot be reached. */
const TRANSIENT_NODE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * PostgreSQL SQLSTATEs that say "the database, not the data": class 08
 * (connection), 53 (resources), 57 (operator intervention: 57P01 admin
 * shutdown, 57P02 crash shutdown, 57P03 cannot connect now, 57014 statement
 * timeout), 58 (system), 40 (serialization, deadlock), 55P03 (lock not
 * available), 25006 (read-only: a failover in progress), 25P03 (idle
 * transaction timeout). 57P04 (database dropped) does not come back by waiting.
 */
const TRANSIENT_SQLSTATE_PREFIXES = ['08', '53', '57', '58', '40', '55P03', '25006', '25P03'];
const PERMANENT_SQLSTATES = new Set(['57P04']);

/**
 * Errors that say a connection or a server went away, by class name (checked by name: several copies of a library may
 * be loaded).
 */
const TRANSIENT_NAMES = new Set([
  'TransientError',
  'PublishUnavailableError',
  // TypeORM: the query runner lost its connection (a crashed server), or the data source is not connected (yet).
  'QueryRunnerAlreadyReleasedError',
  'QueryRunnerProviderAlreadyReleasedError',
  'CannotExecuteNotConnectedError',
  'ConnectionIsNotSetError',
  // kafkajs: no connection, no answer, no broker, no coordinator, no metadata yet.
  'KafkaJSConnectionError',
  'KafkaJSConnectionClosedError',
  'KafkaJSRequestTimeoutError',
  'KafkaJSBrokerNotFound',
  'KafkaJSNoBrokerAvailableError',
  'KafkaJSGroupCoordinatorNotFound',
  'KafkaJSMetadataNotLoaded',
  'KafkaJSTopicMetadataNotLoaded',
  'KafkaJSStaleTopicMetadataAssignment',
  'KafkaJSLockTimeout',
  'KafkaJSTimeout',
]);

/** kafkajs protocol error types that are transient although kafkajs marks them non-retriable. */
const TRANSIENT_KAFKA_TYPES = new Set([
  'BROKER_NOT_AVAILABLE',
  'COORDINATOR_LOAD_IN_PROGRESS',
  'REBALANCE_IN_PROGRESS',
]);

/** Messages of pg (node-postgres) and PostgreSQL whose errors carry no code. */
const TRANSIENT_MESSAGE = new RegExp(
  String.raw`Connection terminated|connection timeout|query runner was already released|` +
    String.raw`Query runner already released|timeout exceeded when trying to connect|` +
    String.raw`Client has encountered a connection error|Client was closed and is not queryable|` +
    String.raw`Query read timeout|the database system is (starting up|shutting down|` +
    String.raw`in recovery mode|not yet accepting connections)|terminating connection|` +
    String.raw`server closed the connection unexpectedly|Connection ended unexpectedly|` +
    String.raw`read ECONNRESET|write EPIPE|socket hang up`,
  'i',
);

type Classification = 'transient' | 'permanent' | 'unknown';

function classifyOne(error: unknown): Classification {
  if (error === null || typeof error !== 'object') return 'unknown';
  const e = error as { name?: unknown; code?: unknown; message?: unknown; retriable?: unknown; type?: unknown };
  const name = typeof e.name === 'string' ? e.name : '';
  // Our own classes by kind, whatever the subclass (PublishNotSentError is a TransientError).
  if (error instanceof PermanentError || name === 'PermanentError') return 'permanent';
  if (error instanceof TransientError || TRANSIENT_NAMES.has(name)) return 'transient';
  if (error instanceof KafkaJSError || name.startsWith('KafkaJS')) {
    if (typeof e.type === 'string' && TRANSIENT_KAFKA_TYPES.has(e.type)) return 'transient';
    if (e.retriable === true) return 'transient';
    if (typeof e.message === 'string' && /connect|timeout|broker|leader|coordinator/i.test(e.message))
      return 'transient';
  }
  if (typeof e.code === 'string') {
    if (TRANSIENT_NODE_CODES.has(e.code)) return 'transient';
    if (/^[0-9A-Z]{5}$/.test(e.code)) {
      if (PERMANENT_SQLSTATES.has(e.code)) return 'permanent';
      if (TRANSIENT_SQLSTATE_PREFIXES.some((p) => (e.code as string).startsWith(p))) return 'transient';
    }
  }
  if (typeof e.message === 'string' && TRANSIENT_MESSAGE.test(e.message)) return 'transient';
  return 'unknown';
}

/**
 * The error and what it wraps: `cause` (ES2022, kafkajs), `driverError` (TypeORM), `originalError`, `errors`
 * (AggregateError).
 */
function* chainOf(error: unknown, depth = 0): Generator<unknown> {
  if (depth > 8 || error === null || typeof error !== 'object') return;
  yield error;
  const e = error as { cause?: unknown; driverError?: unknown; originalError?: unknown; errors?: unknown };
  for (const inner of [e.cause, e.driverError, e.originalError])
    if (inner && inner !== error) yield* chainOf(inner, depth + 1);
  if (Array.isArray(e.errors)) for (const inner of e.errors.slice(0, 8)) yield* chainOf(inner, depth + 1);
}

/**
 * Sorts an error into transient (retry without committing) or permanent
 * (dead-letter after bounded attempts). Every class that means "a connection
 * or a server went away" is transient, across pg, TypeORM and kafkajs, also
 * when wrapped (a TypeORM error around a pg error, a kafkajs retry error around
 * a connection error); an explicit PermanentError anywhere in the chain wins.
 * Unknown errors count as permanent after the attempts run out, so a bug cannot
 * block a partition for ever; infrastructure errors are transient, so an
 * outage never dead-letters good messages.
 */
export function isTransient(error: unknown): boolean {
  let transient = false;
  for (const e of chainOf(error)) {
    const c = classifyOne(e);
    if (c === 'permanent') return false;
    if (c === 'transient') transient = true;
  }
  return transient;
}
