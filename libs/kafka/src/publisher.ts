import { Logger } from '@nestjs/common';
import { CompressionTypes, IHeaders, Kafka, Partitioners, Producer } from 'kafkajs';

export interface OutboundMessage {
  key: string;
  value: string | Buffer;
  headers?: IHeaders;
}

/** Kafka did not acknowledge in time, or is unreachable: the caller must not report success. */
export class PublishUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PublishUnavailableError';
  }
}

export interface PublisherOptions {
  /** Give up waiting for the broker's ack after this long. */
  timeoutMs: number;
  /** Sends allowed in flight at once; past that, publish fails fast instead of queueing without bound. */
  maxInFlight?: number;
}

/**
 * An idempotent producer that waits for acks from all in-sync replicas.
 * `publish` resolves only once Kafka has the messages; it rejects with
 * PublishUnavailableError when the broker is down or slow past the deadline,
 * or when too many sends are already waiting (backpressure).
 */
export class KafkaPublisher {
  private readonly logger = new Logger(KafkaPublisher.name);
  private readonly producer: Producer;
  private connected: Promise<void> | null = null;
  private inFlight = 0;

  constructor(
    kafka: Kafka,
    private readonly options: PublisherOptions,
  ) {
    this.producer = kafka.producer({
      idempotent: true,
      // The Java client's murmur2 partitioner, so keys land where other clients put them.
      createPartitioner: Partitioners.DefaultPartitioner,
      // Idempotence needs unbounded retries; `publish` bounds the wait with its own deadline.
      retry: { retries: Number.MAX_SAFE_INTEGER, initialRetryTime: 100, maxRetryTime: 2_000 },
      // Idempotence keeps order per partition with up to 5 requests in flight (KIP-98);
      // kafkajs itself keeps one per broker connection when idempotent.
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

  /** For readiness probes: connected within `timeoutMs`, or false (never hangs on kafkajs' retries). */
  async isReady(timeoutMs = 2_000): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
    try {
      return await Promise.race([this.connect().then(() => true, () => false), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  get pending(): number {
    return this.inFlight;
  }

  async publish(topic: string, messages: OutboundMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const limit = this.options.maxInFlight ?? 10_000;
    if (this.inFlight >= limit) {
      throw new PublishUnavailableError(`too many publishes waiting for Kafka (${this.inFlight})`);
    }
    this.inFlight++;
    let timer: NodeJS.Timeout | undefined;
    let timedOut = false;
    try {
      const deadline = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          timedOut = true;
          reject(new PublishUnavailableError(`Kafka did not acknowledge within ${this.options.timeoutMs} ms`));
        }, this.options.timeoutMs);
      });
      const send = (async () => {
        await this.connect();
        await this.producer.send({
          topic,
          acks: -1,
          timeout: this.options.timeoutMs,
          compression: CompressionTypes.None,
          messages,
        });
      })();
      // If the deadline wins, the send may still complete later: callers treat
      // that as at-least-once (the store drops duplicates), never as success.
      send.catch((err: unknown) => {
        if (timedOut) this.logger.warn(`late publish to ${topic} failed after the deadline: ${String(err)}`);
      });
      await Promise.race([send, deadline]);
    } catch (err) {
      if (err instanceof PublishUnavailableError) throw err;
      throw new PublishUnavailableError(`publish to ${topic} failed: ${(err as Error).message}`, { cause: err });
    } finally {
      if (timer) clearTimeout(timer);
      this.inFlight--;
    }
  }

  async disconnect(): Promise<void> {
    await this.producer.disconnect();
    this.connected = null;
  }
}
