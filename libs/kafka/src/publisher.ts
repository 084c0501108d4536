import { Logger } from '@nestjs/common';
import { CompressionTypes, IHeaders, Kafka, Partitioners, Producer, TopicMessages } from 'kafkajs';
import { boundedAnswer } from './producer/publish-answer';
import { Part, PublishQueue, settlePart, WireMessage } from './producer/publish-queue';
import { type PublishDelivery, PublishNotSentError, PublishOutcomeUnknownError } from './publish-outcome';
import { pushTo } from './push-to';

export interface OutboundMessage {
  key: string;
  value: string | Buffer;
  headers?: IHeaders;
}

export interface PublisherOptions {
  /**
   * How long a publish may wait to be sent: messages still waiting for their
   * turn by then are withdrawn and the publish fails with PublishNotSentError.
   * Also the broker's acknowledgement timeout of each produce request.
   */
  timeoutMs: number;
  /**
   * How long, from its start, a publish already sent waits for Kafka's
   * acknowledgement (the idempotent producer keeps retrying the same request
   * meanwhile, so a broker back within it still acknowledges); after it, the
   * publish fails with PublishOutcomeUnknownError. At least `timeoutMs`;
   * default `timeoutMs`.
   */
  sentTimeoutMs?: number;
  /** Messages allowed to wait for Kafka at once; past that, publish fails fast instead of queueing without bound. */
  maxQueuedMessages?: number;
  /** Upper bound of messages in one produce request. */
  maxBatchMessages?: number;
  /**
   * Upper bound of one produce request's payload (keys + values), under the
   * brokers' `message.max.bytes` (1 MB by default): a larger request is
   * refused whole. A single message above it still goes alone.
   */
  maxBatchBytes?: number;
}

const DEFAULT_MAX_BATCH_BYTES = 900_000;

/**
 * An idempotent producer that waits for acks from all in-sync replicas.
 *
 * `publish` resolves only once Kafka has the messages. It rejects with
 * PublishNotSentError when nothing of it was sent: too many messages already
 * waiting (backpressure), or still waiting for its turn after `timeoutMs`
 * (then withdrawn, so it is never written later). It rejects with
 * PublishOutcomeUnknownError when it was sent and not acknowledged within
 * `sentTimeoutMs`, or its request failed after going out.
 *
 * Group commit: kafkajs keeps idempotent sequence numbers correct only with
 * one request in flight, so while a produce request is out, new publishes
 * queue, and the next request carries all of them (every topic, one
 * `sendBatch`). Under load requests grow instead of queueing one by one; at
 * low load a publish goes out at once.
 */
export class KafkaPublisher {
  private readonly logger = new Logger(KafkaPublisher.name);
  private readonly producer: Producer;
  private connected: Promise<void> | null = null;
  private readonly queue: PublishQueue;
  private sending = false;
  /** Set when a produce failed or timed out; cleared by the next success or a successful probe. */
  private failingSince: number | null = null;

  constructor(
    private readonly kafka: Kafka,
    private readonly options: PublisherOptions,
  ) {
    this.queue = new PublishQueue({
      maxMessages: options.maxBatchMessages ?? 5_000,
      maxBytes: options.maxBatchBytes ?? DEFAULT_MAX_BATCH_BYTES,
    });
    this.producer = kafka.producer({
      idempotent: true,
      // The Java client's murmur2 partitioner, so keys land where other clients put them.
      createPartitioner: Partitioners.DefaultPartitioner,
      // Idempotence needs unbounded retries; `publish` bounds the wait with its own deadline.
      retry: { retries: Number.MAX_SAFE_INTEGER, initialRetryTime: 100, maxRetryTime: 2_000 },
      // kafkajs derives sequence numbers from acknowledged sends: more than one
      // request in flight per partition would reuse them. Group commit below
      // recovers the throughput.
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
    });
    this.producer.on(this.producer.events.DISCONNECT, () => {
      this.connected = null;
    });
  }

  async connect(): Promise<void> {
    this.connected ??= this.producer.connect().catch((err: unknown) => {
      this.connected = null;
      throw err;
    });
    await this.connected;
  }

  /**
   * For readiness probes, within `timeoutMs` (never hangs on kafkajs' retries):
   * connected, and either the last produce succeeded or, after a failure, the
   * cluster answers a metadata request again. A producer's connection alone
   * says little: it stays "connected" while the brokers are gone.
   */
  async isReady(timeoutMs = 2_000): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
    const check = async () => {
      await this.connect();
      if (this.failingSince === null) return true;
      await this.probe();
      this.failingSince = null;
      return true;
    };
    try {
      return await Promise.race([check().catch(() => false), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** A metadata round trip to the cluster (the topics' leaders must be known to produce). */
  private async probe(): Promise<void> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      await admin.describeCluster();
    } finally {
      await admin.disconnect();
    }
  }

  /** The longest a publish's answer takes: `sentTimeoutMs` (at least `timeoutMs`). */
  get answerWithinMs(): number {
    return Math.max(this.options.timeoutMs, this.options.sentTimeoutMs ?? this.options.timeoutMs);
  }

  /** Messages waiting for Kafka's acknowledgement (queued or in the request in flight). */
  get pending(): number {
    return this.queue.queuedMessages;
  }

  async publish(topic: string, messages: OutboundMessage[]): Promise<void> {
    return this.send(topic, messages).answer;
  }

  /** `publish`, plus the final outcome of the messages, for a caller that answered "unknown" and wants to know later. */
  publishTracked(topic: string, messages: OutboundMessage[]): PublishDelivery {
    return this.send(topic, messages);
  }

  /** Deletes these keys from a compacted topic (one tombstone each); resolves once Kafka has them. */
  async publishTombstones(topic: string, keys: string[]): Promise<void> {
    return this.send(
      topic,
      keys.map((key) => ({ key, value: null })),
    ).answer;
  }

  private send(topic: string, messages: WireMessage[]): PublishDelivery {
    if (messages.length === 0) return { delivered: Promise.resolve(), answer: Promise.resolve() };
    const limit = this.options.maxQueuedMessages ?? 10_000;
    const queued = this.queue.queuedMessages;
    if (queued + messages.length > limit && queued > 0) {
      const refused = Promise.reject(new PublishNotSentError(`too many messages waiting for Kafka (${queued})`));
      refused.catch(() => undefined);
      return { delivered: refused, answer: refused };
    }
    const parts = this.queue.enqueue(topic, messages);
    const delivered = Promise.all(parts.map((p) => p.done)).then(() => undefined);
    delivered.catch(() => undefined);
    this.kick();
    const answer = boundedAnswer({
      topic,
      parts,
      delivered,
      timeoutMs: this.options.timeoutMs,
      sentTimeoutMs: this.answerWithinMs,
      withdraw: (part, reason) => this.queue.withdraw(part, reason),
      onTimeout: () => (this.failingSince ??= Date.now()),
    });
    return { delivered, answer };
  }

  /** Starts a produce request with everything queued, unless one is already out. */
  private kick(): void {
    if (this.sending || this.queue.isEmpty) return;
    this.sending = true;
    const request = this.queue.takeRequest();
    void (async () => {
      try {
        try {
          await this.connect();
        } catch (err) {
          this.failingSince ??= Date.now();
          const reason = `no connection to Kafka: ${(err as Error).message}`;
          for (const p of request) settlePart(p, new PublishNotSentError(reason, { cause: err }));
          return;
        }
        const live = request.filter((p) => p.state === 'taken');
        if (live.length === 0) return;
        for (const p of live) p.state = 'sent';
        await this.sendParts(live);
      } finally {
        this.queue.release(request);
        this.sending = false;
        this.kick();
      }
    })();
  }

  /** One produce request for these parts; any failure after it went out leaves their outcome unknown. */
  private async sendParts(parts: Part[]): Promise<void> {
    const byTopic = new Map<string, WireMessage[]>();
    for (const p of parts) pushTo(byTopic, p.topic, p.messages);
    const topicMessages: TopicMessages[] = [...byTopic].map(([topic, messages]) => ({ topic, messages }));
    const count = parts.reduce((n, p) => n + p.messages.length, 0);
    try {
      const { timeoutMs: timeout } = this.options;
      await this.producer.sendBatch({ topicMessages, acks: -1, timeout, compression: CompressionTypes.None });
      this.failingSince = null;
      for (const p of parts) settlePart(p);
    } catch (err) {
      this.failingSince ??= Date.now();
      const reason = (err as Error).message;
      this.logger.warn(`produce of ${count} messages failed: ${reason}`);
      const unknown = new PublishOutcomeUnknownError(`produce request failed after it was sent: ${reason}`, { cause: err });
      for (const p of parts) settlePart(p, unknown);
    }
  }

  async disconnect(): Promise<void> {
    await this.producer.disconnect();
    this.connected = null;
  }
}
