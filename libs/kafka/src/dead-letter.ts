import type { KafkaMessage } from 'kafkajs';
import { deadLetterTopicOf } from '@news/contracts';
import type { KafkaPublisher, OutboundMessage } from './publisher';
import { pushTo } from './push-to';

/** Header names on dead letters; the original headers are kept beside them. */
export const DLQ_HEADERS = {
  error: 'dlq-error',
  stage: 'dlq-stage',
  attempts: 'dlq-attempts',
  failedAt: 'dlq-failed-at',
  originalTopic: 'dlq-original-topic',
  originalPartition: 'dlq-original-partition',
  originalOffset: 'dlq-original-offset',
} as const;

/**
 * Why a message was dead-lettered, in a word (a metric label, so few values):
 * its payload broke the topic's contract, its handler said it can never succeed
 * (PermanentError), or its handler failed every attempt with another error.
 */
export const DEAD_LETTER_REASONS = ['invalid_payload', 'permanent_error', 'max_attempts'] as const;
export type DeadLetterReason = (typeof DEAD_LETTER_REASONS)[number];

export interface DeadLetter {
  topic: string;
  partition: number;
  message: KafkaMessage;
  /** The full reason, written in the `dlq-error` header. */
  reason: string;
  kind: DeadLetterReason;
  attempts: number;
}

/** Told of every dead letter once it is written (libs/observability counts them). */
export type DeadLetterCounter = (e: { stage: string; reason: DeadLetterReason; count: number }) => void;

/** A dead letter keeps the original key, value and headers, and says why, where and when it failed. */
export function toDeadLetterMessage(stage: string, dl: DeadLetter, now = new Date()): OutboundMessage & { topic: string } {
  return {
    topic: deadLetterTopicOf(dl.topic),
    key: dl.message.key ? dl.message.key.toString() : '',
    value: dl.message.value ?? Buffer.alloc(0),
    headers: {
      ...(dl.message.headers ?? {}),
      [DLQ_HEADERS.error]: dl.reason.slice(0, 4_000),
      [DLQ_HEADERS.stage]: stage,
      [DLQ_HEADERS.attempts]: String(dl.attempts),
      [DLQ_HEADERS.failedAt]: now.toISOString(),
      [DLQ_HEADERS.originalTopic]: dl.topic,
      [DLQ_HEADERS.originalPartition]: String(dl.partition),
      [DLQ_HEADERS.originalOffset]: dl.message.offset,
    },
  };
}

export interface DeadLetterWrite {
  publisher: KafkaPublisher;
  /** The stage that gives up on the messages (a header, and a metric label). */
  stage: string;
  deadLetters: DeadLetter[];
  count?: DeadLetterCounter;
  now?: Date;
}

/**
 * Writes dead letters, grouped by DLQ topic, and counts them by stage and reason once the broker has taken
 * them: the one place dead letters are written, so the count (`news_articles_dead_lettered_total`) is every
 * dead letter there is.
 */
export async function writeDeadLetters(w: DeadLetterWrite): Promise<void> {
  const now = w.now ?? new Date();
  const byTopic = new Map<string, OutboundMessage[]>();
  for (const dl of w.deadLetters) {
    const { topic, key, value, headers } = toDeadLetterMessage(w.stage, dl, now);
    pushTo(byTopic, topic, [{ key, value, headers }]);
  }
  for (const [topic, msgs] of byTopic) await w.publisher.publish(topic, msgs);
  for (const reason of DEAD_LETTER_REASONS) {
    const n = w.deadLetters.filter((dl) => dl.kind === reason).length;
    if (n > 0) w.count?.({ stage: w.stage, reason, count: n });
  }
}
