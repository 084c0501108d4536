import type { KafkaMessage } from 'kafkajs';
import { deadLetterTopicOf } from '@news/contracts';
import type { OutboundMessage } from './publisher';

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

export interface DeadLetter {
  topic: string;
  partition: number;
  message: KafkaMessage;
  reason: string;
  attempts: number;
}

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
