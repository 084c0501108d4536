import { BaseRpcContext } from '@nestjs/microservices';
import type { ClassConstructor } from 'class-transformer';
import type { Kafka } from 'kafkajs';
import type { DeadLetterCounter } from '../dead-letter';
import type { InboundBatch } from '../inbound';
import type { KafkaPublisher } from '../publisher';

export interface BatchSubscription {
  topic: string;
  /** Contract class the message values are validated against before the handler sees them. */
  contract: ClassConstructor<object>;
}

/** What happened to one fetched batch, for metrics. */
export interface BatchDone {
  stage: string;
  groupId: string;
  topic: string;
  partition: number;
  size: number;
  deadLettered: number;
  durationMs: number;
  /** Messages left after this batch, from the partition's high watermark. */
  lag: number;
  /** Broker timestamps of the processed messages (ms since epoch). */
  timestamps: number[];
}

/** Receives what happened to each batch, for metrics (see libs/observability). */
export interface BatchObserver {
  batchDone(e: BatchDone): void;
  failure(e: { stage: string; transient: boolean }): void;
  /** Dead letters written, by reason (called with count 0 for every reason at start, so the series exist). */
  deadLettered?: DeadLetterCounter;
  /** A handler call succeeded (a slice, a whole batch, or one message retried alone): its output is out. */
  handled?(e: { stage: string; count: number }): void;
}

/** Limits of one handler call when a fetched batch is handed over in slices (BatchConsumerOptions.handlerSlice). */
export interface HandlerSlice {
  maxMessages: number;
  maxBytes: number;
}

export interface BatchConsumerOptions {
  observer?: BatchObserver;
  kafka: Kafka;
  /** Publishes dead letters. */
  publisher: KafkaPublisher;
  /** Stage name written on dead letters and logs (e.g. `normaliser`). */
  stage: string;
  groupId: string;
  subscriptions: BatchSubscription[];
  sessionTimeoutMs: number;
  /**
   * Static membership (kafkajs-static-membership.ts): a restarted process with the same id takes its
   * predecessor's partitions at once. Unique per live process (the pod name); unset = a dynamic member.
   */
  groupInstanceId?: string;
  maxAttempts: number;
  maxBackoffMs: number;
  fromBeginning: boolean;
  /** Partitions processed in parallel by this replica. */
  partitionsConcurrently?: number;
  /** Upper bound of bytes fetched per partition: bounds the memory a batch can take. */
  maxBytesPerPartition?: number;
  /**
   * Hands a fetched batch to the handler in slices of at most this many messages or bytes, so that the
   * first message of a large fetch does not wait for the CPU work on all the others (the normaliser). The
   * offset is still committed once per fetched batch, after every slice. Unset: the whole batch in one call
   * (the store's one transaction per batch).
   */
  handlerSlice?: HandlerSlice;
}

/** Context passed to handlers beside the batch. */
export class KafkaBatchContext extends BaseRpcContext<[InboundBatch<unknown>]> {}

export type ConsumerState = 'starting' | 'joined' | 'rebalancing' | 'stopped' | 'crashed' | 'unreachable';
