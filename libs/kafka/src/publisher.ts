import { Logger } from '@nestjs/common';
import { CompressionTypes, IHeaders, Kafka, Partitioners, Producer, TopicMessages } from 'kafkajs';
import { type PublishDelivery, PublishNotSentError, PublishOutcomeUnknownError, PublishUnavailableError } from './publish-outcome';

export interface OutboundMessage {
  key: string;
  value: string | Buffer;
  headers?: IHeaders;
}

/** What goes on the wire: a message, or a tombstone (null value) that deletes its key from a compacted topic. */
type WireMessage = Omit<OutboundMessage, 'value'> & { value: string | Buffer | null };

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

/** One request-sized part of a publish, from its queueing to its outcome. */
interface Part {
  topic: string;
  messages: WireMessage[];
  bytes: number;
  /** queued: waiting for a request; taken: in the next request, not yet handed to kafkajs; sent: handed to kafkajs; done: settled. */
  state: 'queued' | 'taken' | 'sent' | 'done';
  resolve: () => void;
  reject: (err: unknown) => void;
}

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
  private queue: Part[] = [];
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

  /** The longest a publish's answer takes: `sentTimeoutMs` (at least `timeoutMs`). */
  get answerWithinMs(): number {
    return Math.max(this.options.timeoutMs, this.options.sentTimeoutMs ?? this.options.timeoutMs);
  }

  /** Messages waiting for Kafka's acknowledgement (queued or in the request in flight). */
  get pending(): number {
    return this.queuedMessages;
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
    const limit = this.options.maxInFlight ?? 10_000;
    if (this.queuedMessages + messages.length > limit && this.queuedMessages > 0) {
      const refused = Promise.reject(new PublishNotSentError(`too many messages waiting for Kafka (${this.queuedMessages})`));
      refused.catch(() => undefined);
      return { delivered: refused, answer: refused };
    }
    const parts = this.enqueue(topic, messages);
    const delivered = Promise.all(parts.map((p) => p.done)).then(() => undefined);
    delivered.catch(() => undefined);
    this.kick();
    return { delivered, answer: this.answerFor(topic, parts, delivered) };
  }

  /** Cuts a publish into request-sized parts and queues them; each part's `done` settles with its outcome. */
  private enqueue(topic: string, messages: WireMessage[]): Array<{ part: Part; done: Promise<void> }> {
    const maxBytes = this.options.maxBatchBytes ?? DEFAULT_MAX_BATCH_BYTES;
    const cuts: Array<{ messages: WireMessage[]; bytes: number }> = [];
    for (const m of messages) {
      const size = sizeOf(m);
      const last = cuts[cuts.length - 1];
      if (last && last.bytes + size <= maxBytes) {
        last.messages.push(m);
        last.bytes += size;
      } else cuts.push({ messages: [m], bytes: size });
    }
    return cuts.map((cut) => {
      let part!: Part;
      const done = new Promise<void>((resolve, reject) => {
        part = { topic, messages: cut.messages, bytes: cut.bytes, state: 'queued', resolve, reject };
      });
      this.queue.push(part);
      this.queuedMessages += part.messages.length;
      return { part, done };
    });
  }

  /**
   * The bounded answer: success once every part is acknowledged; at
   * `timeoutMs` the parts not yet sent are withdrawn (not sent at all: a
   * definite failure; some sent: unknown); at `sentTimeoutMs` the outcome of
   * what is still unacknowledged is unknown.
   */
  private answerFor(topic: string, parts: Array<{ part: Part }>, delivered: Promise<void>): Promise<void> {
    const sentTimeoutMs = this.answerWithinMs;
    const timers: NodeJS.Timeout[] = [];
    const answer = new Promise<void>((resolve, reject) => {
      delivered.then(resolve, (err: unknown) =>
        reject(err instanceof PublishUnavailableError ? err : new PublishOutcomeUnknownError(`publish to ${topic} failed: ${(err as Error).message}`, { cause: err })),
      );
      timers.push(
        setTimeout(() => {
          const unsent = parts.filter(({ part }) => part.state === 'queued' || part.state === 'taken');
          if (unsent.length === 0) return;
          this.failingSince ??= Date.now();
          const what = `not sent to Kafka within ${this.options.timeoutMs} ms (the producer is busy or Kafka unreachable)`;
          for (const { part } of unsent) this.withdraw(part, new PublishNotSentError(what));
          if (unsent.length === parts.length) reject(new PublishNotSentError(what));
          else reject(new PublishOutcomeUnknownError(`partly sent: ${what}`));
        }, this.options.timeoutMs),
        setTimeout(() => {
          this.failingSince ??= Date.now();
          reject(new PublishOutcomeUnknownError(`Kafka did not acknowledge within ${sentTimeoutMs} ms; the messages may still be written`));
        }, sentTimeoutMs),
      );
    });
    return answer.finally(() => timers.forEach(clearTimeout));
  }

  /** Takes a part that was never handed to kafkajs out of the producer's hands: it will not be written. */
  private withdraw(part: Part, reason: PublishNotSentError): void {
    if (part.state === 'queued') {
      this.queue = this.queue.filter((p) => p !== part);
      this.queuedMessages -= part.messages.length;
    }
    // A part already taken into a request is skipped when the request is built (kick); its count is released there.
    this.settle(part, reason);
  }

  private settle(part: Part, error?: unknown): void {
    if (part.state === 'done') return;
    part.state = 'done';
    if (error === undefined) part.resolve();
    else part.reject(error);
  }

  /** Starts a produce request with everything queued, unless one is already out. */
  private kick(): void {
    if (this.sending || this.queue.length === 0) return;
    this.sending = true;
    const batch = this.takeBatch();
    void (async () => {
      const count = batch.reduce((n, p) => n + p.messages.length, 0);
      try {
        try {
          await this.connect();
        } catch (err) {
          this.failingSince ??= Date.now();
          for (const p of batch) this.settle(p, new PublishNotSentError(`no connection to Kafka: ${(err as Error).message}`, { cause: err }));
          return;
        }
        const live = batch.filter((p) => p.state === 'taken');
        if (live.length === 0) return;
        for (const p of live) p.state = 'sent';
        await this.sendParts(live);
      } finally {
        this.queuedMessages -= count;
        this.sending = false;
        this.kick();
      }
    })();
  }

  private takeBatch(): Part[] {
    const max = this.options.maxBatchMessages ?? 5_000;
    const maxBytes = this.options.maxBatchBytes ?? DEFAULT_MAX_BATCH_BYTES;
    const batch: Part[] = [];
    let count = 0;
    let bytes = 0;
    while (
      this.queue.length > 0 &&
      (batch.length === 0 || (count + this.queue[0].messages.length <= max && bytes + this.queue[0].bytes <= maxBytes))
    ) {
      const next = this.queue.shift()!;
      next.state = 'taken';
      batch.push(next);
      count += next.messages.length;
      bytes += next.bytes;
    }
    return batch;
  }

  /** One produce request for these parts; any failure after it went out leaves their outcome unknown. */
  private async sendParts(parts: Part[]): Promise<void> {
    const byTopic = new Map<string, WireMessage[]>();
    for (const p of parts) byTopic.set(p.topic, [...(byTopic.get(p.topic) ?? []), ...p.messages]);
    const topicMessages: TopicMessages[] = [...byTopic].map(([topic, messages]) => ({ topic, messages }));
    const count = parts.reduce((n, p) => n + p.messages.length, 0);
    try {
      await this.producer.sendBatch({ topicMessages, acks: -1, timeout: this.options.timeoutMs, compression: CompressionTypes.None });
      this.failingSince = null;
      for (const p of parts) this.settle(p);
    } catch (err) {
      this.failingSince ??= Date.now();
      this.logger.warn(`produce of ${count} messages failed: ${(err as Error).message}`);
      for (const p of parts) this.settle(p, new PublishOutcomeUnknownError(`produce request failed after it was sent: ${(err as Error).message}`, { cause: err }));
    }
  }

  async disconnect(): Promise<void> {
    await this.producer.disconnect();
    this.connected = null;
  }
}
