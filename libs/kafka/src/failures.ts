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

/**
 * The wait before retry number `failures` (1-based): doubling from `baseMs`,
 * capped at `maxMs`. One schedule for handler retries and offset commits alike.
 */
export function retryBackoffMs(failures: number, maxMs: number, baseMs = 200): number {
  return Math.min(maxMs, baseMs * 2 ** Math.min(Math.max(failures, 1) - 1, 16));
}

const TRANSIENT_NODE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/** PostgreSQL SQLSTATE classes that say "the database, not the data": connection, resources, shutdown, serialization. */
const TRANSIENT_SQLSTATE_PREFIXES = ['08', '53', '57', '40', '55P03', '58'];

/**
 * Sorts an error into transient (retry without committing) or permanent
 * (dead-letter after bounded attempts). Unknown errors count as permanent
 * after the attempts run out, so a bug cannot block a partition for ever;
 * infrastructure errors are transient, so an outage never dead-letters
 * good messages.
 */
export function isTransient(error: unknown): boolean {
  if (error instanceof TransientError) return true;
  if (error instanceof PermanentError) return false;
  if (error instanceof KafkaJSError) return error.retriable || /connect|timeout|broker|leader/i.test(error.message);
  const e = error as { code?: unknown; message?: unknown; name?: unknown } | null;
  if (!e || typeof e !== 'object') return false;
  if (typeof e.code === 'string') {
    if (TRANSIENT_NODE_CODES.has(e.code)) return true;
    if (/^[0-9A-Z]{5}$/.test(e.code) && TRANSIENT_SQLSTATE_PREFIXES.some((p) => (e.code as string).startsWith(p))) return true;
  }
  const message = typeof e.message === 'string' ? e.message : '';
  return /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|the database system is (starting up|shutting down)|terminating connection/i.test(
    message,
  );
}
