import { TransientError } from './failures';

/**
 * Kafka did not take a publish (no acknowledgement in time, the broker gone, too
 * much waiting already): the caller must not report success. Transient: a consumer that cannot publish its output
 * retries without committing, and never dead-letters a good message for it.
 */
export class PublishUnavailableError extends TransientError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PublishUnavailableError';
  }
}

/** Nothing of the publish reached Kafka, and nothing of it will: it was refused or withdrawn before it was sent. */
export class PublishNotSentError extends PublishUnavailableError {
  readonly outcome = 'not-sent';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PublishNotSentError';
  }
}

/**
 * The publish was sent (all or part of it) and not acknowledged in time, or
 * its request failed after it went out: Kafka may have written it, and the
 * idempotent producer may still write it later. Only a retry with the same
 * identity is safe.
 */
export class PublishOutcomeUnknownError extends PublishUnavailableError {
  readonly outcome = 'unknown';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PublishOutcomeUnknownError';
  }
}

/**
 * What happened to a publish in the end, known only once its last message is settled (after the answer, when that said
 * "unknown").
 */
export interface PublishDelivery {
  /** Resolves once Kafka acknowledged everything (also when the answer came first); rejects when it never will. */
  delivered: Promise<void>;
  /** The bounded answer, as `publish` gives it. */
  answer: Promise<void>;
}
