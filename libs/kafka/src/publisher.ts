import { Logger } from '@nestjs/common';
import { CompressionTypes, IHeaders, Kafka, Partitioners, Producer, TopicMessages } from 'kafkajs';
import { TransientError } from './failures';

export interface OutboundMessage {
  key: string;
  value: string | Buffer;
  headers?: IHeaders;
}

/** What goes on the wire: a message, or a tombstone (null value) that deletes its key from a compacted topic. */
type WireMessage = Omit<OutboundMessage, 'value'> & { value: string | Buffer | null };

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

export interface PublisherOptions {
  /** Give up waiting for the broker's ack after this long. */
  timeoutMs: number;
  /** Messages allowed to wait for Kafka at once; past that, publish fails fast instead of queueing without bound. */
  maxInFlight?: number;
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

function sizeOf(m: WireMessage): number {
  return Buffer.byteLength(m.key) + (m.value === null ? 0 : typeof m.value === 'string' ? Buffer.byteLength(m.value) : m.value.length);
}

interface Pending {
  topic: string;
  messages: WireMessage[];
  bytes: number;
  resolve: () => void;
  reject: (err: unknown) => void;
}

/**
 * An idempotent producer that waits for acks from all in-sync replicas.
 *
 * `publish` resolves only once Kafka has the messages; it rejects with
 * PublishUnavailableError when the broker is down or slow past the deadline,
 * or when too many messages are already waiting (backpressure).
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
  private queue: Pending[] = [];
  private queuedMessages = 0;
  private sending = false;
  /** Set when a produce failed or timed out; cleared by the next success or a successful probe. */
  private failingSince: number | null = null;

  constructor(
    private readonly kafka: Kafka,
    private readonly options: PublisherOptions,
  ) {
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

  /** Messages waiting for Kafka's acknowledgement (queued or in the request in flight). */
  get pending(): number {
    return this.queuedMessages;
  }

  async publish(topic: string, messages: OutboundMessage[]): Promise<void> {
    return this.send(topic, messages);
  }

  /** Deletes these keys from a compacted topic (one tombstone each); resolves once Kafka has them. */
  async publishTombstones(topic: string, keys: string[]): Promise<void> {
    return this.send(
      topic,
      keys.map((key) => ({ key, value: null })),
    );
  }

  private async send(topic: string, messages: WireMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const limit = this.options.maxInFlight ?? 10_000;
    if (this.queuedMessages + messages.length > limit && this.queuedMessages > 0) {
      throw new PublishUnavailableError(`too many messages waiting for Kafka (${this.queuedMessages})`);
    }
    let timer: NodeJS.Timeout | undefined;
    // Large publishes are cut into request-sized parts; the call resolves when every part is acknowledged.
    const maxBytes = this.options.maxBatchBytes ?? DEFAULT_MAX_BATCH_BYTES;
    const parts: Array<{ messages: WireMessage[]; bytes: number }> = [];
    for (const m of messages) {
      const size = sizeOf(m);
      const last = parts[parts.length - 1];
      if (last && last.bytes + size <= maxBytes) {
        last.messages.push(m);
        last.bytes += size;
      } else parts.push({ messages: [m], bytes: size });
    }
    const acked = Promise.all(
      parts.map(
        (part) =>
          new Promise<void>((resolve, reject) => {
            this.queue.push({ topic, messages: part.messages, bytes: part.bytes, resolve, reject });
            this.queuedMessages += part.messages.length;
          }),
      ),
    ).then(() => undefined);
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        this.failingSince ??= Date.now();
        reject(new PublishUnavailableError(`Kafka did not acknowledge within ${this.options.timeoutMs} ms`));
      }, this.options.timeoutMs);
    });
    this.kick();
    try {
      // If the deadline wins, the messages may still be written later: callers
      // treat that as at-least-once (consumers drop duplicates), never as success.
      await Promise.race([acked, deadline]);
    } catch (err) {
      if (err instanceof PublishUnavailableError) throw err;
      throw new PublishUnavailableError(`publish to ${topic} failed: ${(err as Error).message}`, { cause: err });
    } finally {
      clearTimeout(timer);
      acked.catch(() => undefined);
    }
  }

  /** Starts a produce request with everything queued, unless one is already out. */
  private kick(): void {
    if (this.sending || this.queue.length === 0) return;
    this.sending = true;
    const max = this.options.maxBatchMessages ?? 5_000;
    const maxBytes = this.options.maxBatchBytes ?? DEFAULT_MAX_BATCH_BYTES;
    const batch: Pending[] = [];
    let count = 0;
    let bytes = 0;
    while (
      this.queue.length > 0 &&
      (batch.length === 0 || (count + this.queue[0].messages.length <= max && bytes + this.queue[0].bytes <= maxBytes))
    ) {
      const next = this.queue.shift()!;
      batch.push(next);
      count += next.messages.length;
      bytes += next.bytes;
    }
    const byTopic = new Map<string, WireMessage[]>();
    for (const p of batch) byTopic.set(p.topic, [...(byTopic.get(p.topic) ?? []), ...p.messages]);
    const topicMessages: TopicMessages[] = [...byTopic].map(([topic, messages]) => ({ topic, messages }));
    void (async () => {
      try {
        await this.connect();
        await this.producer.sendBatch({ topicMessages, acks: -1, timeout: this.options.timeoutMs, compression: CompressionTypes.None });
        this.failingSince = null;
        for (const p of batch) p.resolve();
      } catch (err) {
        this.failingSince ??= Date.now();
        this.logger.warn(`produce of ${count} messages failed: ${(err as Error).message}`);
        for (const p of batch) p.reject(err);
      } finally {
        this.queuedMessages -= count;
        this.sending = false;
        this.kick();
      }
    })();
  }

  async disconnect(): Promise<void> {
    await this.producer.disconnect();
    this.connected = null;
  }
}
