import { Logger } from '@nestjs/common';
import { BaseRpcContext, CustomTransportStrategy, Server } from '@nestjs/microservices';
import { ClassConstructor } from 'class-transformer';
import { Consumer, EachBatchPayload, Kafka, KafkaMessage } from 'kafkajs';
import { lastValueFrom } from 'rxjs';
import { decodeContract, HEADERS } from '@news/contracts';
import { DEAD_LETTER_REASONS, DeadLetter, DeadLetterCounter, toDeadLetterMessage, writeDeadLetters } from './dead-letter';
import { isTransient, PermanentError, retryBackoffMs } from './failures';
import { useStaticMembership } from './kafkajs-static-membership';
import { headersToStrings, InboundBatch, InboundMessage, keyToString } from './inbound';
import { OffsetCommitter } from './offset-committer';
import { KafkaPublisher } from './publisher';
import { HandlerSlice, sliceBatch } from './slice-batch';

export interface BatchSubscription {
  topic: string;
  /** Contract class the message values are validated against before the handler sees them. */
  contract: ClassConstructor<object>;
}

/** Receives what happened to each batch, for metrics (see libs/observability). */
export interface BatchObserver {
  batchDone(e: {
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
  }): void;
  failure(e: { stage: string; transient: boolean }): void;
  /** Dead letters written, by reason (called with count 0 for every reason at start, so the series exist). */
  deadLettered?: DeadLetterCounter;
  /** A handler call succeeded (a slice, a whole batch, or one message retried alone): its output is out. */
  handled?(e: { stage: string; count: number }): void;
  /** The partitions this member holds now: after each join (a rebalance) and, empty, once it left the group. */
  assigned?(e: { stage: string; groupId: string; partitions: Array<{ topic: string; partition: number }> }): void;
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
   * Static membership (kafkajs-static-membership.ts): a restarted process with
   * the same id takes its predecessor's partitions at once. Unique per live
   * process (the pod name); unset = a dynamic member.
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
   * Hands a fetched batch to the handler in slices of at most this many messages
   * or bytes (whichever comes first); the next slice starts while the one before
   * waits for Kafka (two at most), and the offset still goes to the committer once per
   * fetched batch, after every slice has finished. For a handler
   * whose work per message is CPU (the normaliser): a fetch after a pause can hold
   * hundreds of messages, and without slices the first one waits for all of them.
   * Unset: the whole batch in one call (the store's one transaction per batch).
   */
  handlerSlice?: HandlerSlice;
}

/** Context passed to handlers beside the batch. */
export class KafkaBatchContext extends BaseRpcContext<[InboundBatch<unknown>]> {}

type Outcome = { ok: true } | { ok: false; error: unknown; attempts: number } | { abandoned: true };

export type ConsumerState = 'starting' | 'joined' | 'rebalancing' | 'stopped' | 'crashed' | 'unreachable';

/** How often a long handler call offers a heartbeat (kafkajs throttles to heartbeatInterval). */
const HEARTBEAT_TICK_MS = 1_000;

/**
 * A Nest microservice transport over a kafkajs `eachBatch` consumer.
 *
 * Handlers are registered with `@EventPattern(topicName)` and receive an
 * InboundBatch of validated messages. Offsets are committed (offset + 1) only
 * after the handler's promise resolves, so anything the handler awaited is safe
 * before Kafka forgets the message.
 *
 * Failures come in two kinds:
 *  - transient (broker, database, timeout): retried with capped exponential
 *    backoff and full jitter for as long as it takes, the offset never moves
 *    (unless a rebalance hands the partition to another member, which redoes it);
 *  - anything else: retried up to `maxAttempts`, first as a batch, then message
 *    by message, and the messages that still fail go to `<topic>.dlq` with the
 *    reason; the partition moves on. Invalid payloads go there straight away.
 */
export class KafkaBatchServer extends Server implements CustomTransportStrategy {
  protected override readonly logger = new Logger(KafkaBatchServer.name);
  private consumer: Consumer | null = null;
  /** Commits in the background (offset-committer.ts); processBatch hands it each batch's offset once the batch is safe. */
  private committer: OffsetCommitter | null = null;
  /** Set by close(): no new batch starts, those under way stop retrying, and their offsets are committed before the member leaves. */
  private closing = false;
  /** processBatch calls under way. */
  private active = 0;
  private state: ConsumerState = 'starting';
  /** Last time the group coordinator accepted a heartbeat (or the group was joined). */
  private lastHeartbeatAt = 0;
  /**
   * Set when a heartbeat says the group is rebalancing: batches stop retrying (their offsets unresolved,
   * so the next owner redoes them) and return, so this member rejoins at once instead of holding the whole
   * group's rebalance up for as long as an outage makes it retry.
   */
  private rebalanceSeen = false;
  private readonly contracts: Map<string, ClassConstructor<object>>;

  constructor(private readonly options: BatchConsumerOptions) {
    super();
    this.contracts = new Map(options.subscriptions.map((s) => [s.topic, s.contract]));
  }

  /**
   * 'joined' only while heartbeats go through: with no accepted heartbeat for a
   * session timeout, the coordinator has evicted this member (or cannot be
   * reached), so it is no longer a member whatever kafkajs last said.
   */
  get consumerState(): ConsumerState {
    if (this.state === 'joined' && Date.now() - this.lastHeartbeatAt > this.options.sessionTimeoutMs) return 'unreachable';
    return this.state;
  }

  on(): void {
    // Status events are exposed through consumerState.
  }

  unwrap<T>(): T {
    return this.consumer as T;
  }

  async listen(callback: (...optionalParams: unknown[]) => void): Promise<void> {
    try {
      await this.start();
      callback();
    } catch (err) {
      callback(err);
    }
  }

  private async start(): Promise<void> {
    const o = this.options;
    // A counter series that first appears at 1 shows no increase() in Prometheus: start every reason at 0.
    for (const reason of DEAD_LETTER_REASONS) o.observer?.deadLettered?.({ stage: o.stage, reason, count: 0 });
    if (o.groupInstanceId) {
      const how = useStaticMembership(o.groupId, o.groupInstanceId);
      this.logger.log(`group ${o.groupId}: ${how === 'installed' ? `static member ${o.groupInstanceId}` : 'static membership unavailable in this kafkajs, dynamic member'}`);
    }
    const beat = heartbeatIntervalMs(o.sessionTimeoutMs);
    const consumer = o.kafka.consumer({
      groupId: o.groupId,
      sessionTimeout: o.sessionTimeoutMs,
      heartbeatInterval: beat,
      // kafkajs heartbeats between fetches: an idle member's fetch may not wait longer than a heartbeat
      // interval, or it learns of a rebalance (a dead member's partitions to take over) only seconds later.
      maxWaitTimeInMs: beat,
      maxBytesPerPartition: o.maxBytesPerPartition ?? 4 * 1024 * 1024,
      allowAutoTopicCreation: false,
      retry: { retries: Number.MAX_SAFE_INTEGER, initialRetryTime: 300, maxRetryTime: 10_000 },
    });
    this.consumer = consumer;
    this.closing = false;
    this.committer = new OffsetCommitter({
      commit: (offsets) => consumer.commitOffsets(offsets),
      onFailure: (error, failures, offsets) =>
        this.logger.warn(
          `offset commit failed (${failures} in a row), retrying: ${offsets.map((o) => `${o.topic}[${o.partition}]@${o.offset}`).join(', ')}: ${errorText(error)}`,
        ),
      maxBackoffMs: o.maxBackoffMs,
    });
    consumer.on(consumer.events.GROUP_JOIN, (e) => {
      this.state = 'joined';
      this.lastHeartbeatAt = Date.now();
      this.rebalanceSeen = false;
      // Offsets of partitions handed to another member are theirs to commit now.
      const assigned = Object.entries(e.payload.memberAssignment).flatMap(([topic, partitions]) => partitions.map((partition) => ({ topic, partition })));
      this.committer?.retainOnly(assigned);
      this.options.observer?.assigned?.({ stage: this.options.stage, groupId: o.groupId, partitions: assigned });
    });
    consumer.on(consumer.events.HEARTBEAT, () => {
      this.lastHeartbeatAt = Date.now();
      this.rebalanceSeen = false;
    });
    consumer.on(consumer.events.REBALANCING, () => (this.state = 'rebalancing'));
    consumer.on(consumer.events.STOP, () => (this.state = 'stopped'));
    consumer.on(consumer.events.CRASH, (e) => {
      this.state = 'crashed';
      this.logger.error(`consumer crashed: ${String(e.payload.error)} (restart: ${e.payload.restart})`);
      if (e.payload.restart) this.state = 'rebalancing';
    });
    await o.publisher.connect();
    await consumer.connect();
    await consumer.subscribe({ topics: o.subscriptions.map((s) => s.topic), fromBeginning: o.fromBeginning });
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: o.partitionsConcurrently ?? 1,
      eachBatch: (payload) => this.processBatch(payload),
    });
  }

  async close(): Promise<void> {
    if (!this.consumer) return;
    // Commit what is done before leaving the group. Once kafkajs stops its runner a commit is silently
    // skipped, so the batches under way finish first (no new one starts), then the commits go out, then the
    // member leaves; a batch still running at the deadline is left to disconnect(), and redelivered.
    this.closing = true;
    const deadline = Date.now() + this.options.sessionTimeoutMs;
    try {
      this.consumer.pause(this.options.subscriptions.map((s) => ({ topic: s.topic })));
    } catch {
      // Not running (it never joined): nothing is fetched anyway.
    }
    while (this.active > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const flushed = await this.committer?.flush(Math.max(deadline, Date.now() + 5_000));
    if (flushed === false) this.logger.warn(`offsets not committed before stopping: ${this.committer?.pendingCount} partitions will be redelivered from their last commit`);
    this.committer?.stop();
    await this.consumer.disconnect();
    this.options.observer?.assigned?.({ stage: this.options.stage, groupId: this.options.groupId, partitions: [] });
    this.state = 'stopped';
    this.consumer = null;
  }

  private async processBatch(payload: EachBatchPayload): Promise<void> {
    // Closing: a batch not started is left for the next owner (its offset is not resolved).
    if (this.closing) return;
    this.active++;
    try {
      await this.processFetchedBatch(payload);
    } finally {
      this.active--;
    }
  }

  private async processFetchedBatch(payload: EachBatchPayload): Promise<void> {
    const { batch, isRunning, isStale } = payload;
    if (batch.messages.length === 0) return;
    const heartbeat = () =>
      payload.heartbeat().catch((error: unknown) => {
        if (isRebalancing(error)) this.rebalanceSeen = true;
      });
    const startedAt = Date.now();
    const topic = batch.topic;
    const contract = this.contracts.get(topic);
    const handler = this.getHandlerByPattern(topic);
    if (!contract || !handler) throw new Error(`no handler registered for topic ${topic}`);

    const valid: InboundMessage<unknown>[] = [];
    const byOffset = new Map<string, KafkaMessage>();
    const deadLetters: DeadLetter[] = [];
    for (const m of batch.messages) {
      byOffset.set(m.offset, m);
      const decoded = decodeContract(contract, m.value);
      if (decoded.ok) {
        valid.push({
          topic,
          partition: batch.partition,
          offset: m.offset,
          key: keyToString(m),
          value: decoded.value,
          headers: headersToStrings(m.headers),
          timestamp: m.timestamp,
        });
      } else {
        const reason = `invalid payload: ${decoded.errors.map((e) => `${e.field}: ${e.messages.join('; ')}`).join(', ')}`;
        this.logger.warn(`${this.describe(topic, batch.partition, m)} rejected: ${reason}`);
        deadLetters.push({ topic, partition: batch.partition, message: m, reason, kind: 'invalid_payload', attempts: 1 });
      }
    }

    const stillRunning = () => isRunning() && !isStale() && !this.closing && !this.rebalanceSeen;
    const invoke = async (messages: InboundMessage<unknown>[]) => {
      const input: InboundBatch<unknown> = { topic, partition: batch.partition, messages };
      const result: unknown = await handler(input, new KafkaBatchContext([input]));
      await lastValueFrom(this.transformToObservable(result), { defaultValue: undefined });
    };

    // Each slice's first attempt starts one turn of the event loop after the previous slice's, once that one
    // has handed its output to the producer: its CPU work then overlaps the produce round trip before it
    // (a saturated normaliser idled 5-8 % of the time waiting for those). Outcomes are taken in order and at
    // most two slices are under way. A slice that has failed by the time the next would start (a poison
    // message: cleaning fails before anything is published) holds the next back until its own retries are
    // done, so its good messages are published in order. One that fails later, at its produce, has let the
    // next start, and its retries publish after the next's output: consumers get those versions late (the
    // store keeps the newest version current whatever the order).
    const slices = sliceBatch(valid, (m) => byOffset.get(m.offset)?.value?.length ?? 0, this.options.handlerSlice);
    let ahead: Promise<Attempt | null> = Promise.resolve(null);
    try {
      for (let i = 0; i < slices.length; i++) {
        const slice = slices[i];
        const current = (await ahead) ?? (stillRunning() ? startAttempt(() => invoke(slice)) : null);
        ahead = i + 1 < slices.length ? startBehind(current, () => invoke(slices[i + 1]), stillRunning) : Promise.resolve(null);
        const what = `${topic}[${batch.partition}] batch of ${slice.length}`;
        const whole = await this.withRetries(() => invoke(slice), heartbeat, stillRunning, what, false, current?.done);
        if ('abandoned' in whole) return;
        if (whole.ok) this.options.observer?.handled?.({ stage: this.options.stage, count: slice.length });
        else {
          // Find the culprits: retry one message at a time, dead-letter those that still fail.
          for (const m of slice) {
            const single = await this.withRetries(() => invoke([m]), heartbeat, stillRunning, this.describe(topic, batch.partition, byOffset.get(m.offset)!));
            if ('abandoned' in single) return;
            if (single.ok) this.options.observer?.handled?.({ stage: this.options.stage, count: 1 });
            else {
              deadLetters.push({
                topic,
                partition: batch.partition,
                message: byOffset.get(m.offset)!,
                reason: errorText(single.error),
                kind: single.error instanceof PermanentError ? 'permanent_error' : 'max_attempts',
                attempts: single.attempts,
              });
            }
          }
        }
      }
    } finally {
      // Also when the loop throws: nothing of this batch runs on after its call returns.
      await settle(ahead);
    }

    if (deadLetters.length > 0) {
      const sent = await this.withRetries(() => this.sendDeadLetters(deadLetters), heartbeat, stillRunning, `dead letters of ${topic}`, true);
      if (!('ok' in sent) || !sent.ok) return;
    }

    // Everything up to `last` is safe (published and acknowledged, or committed by the handler): the offset
    // goes to the background committer, and the next fetch does not wait for the coordinator's round trip.
    const last = batch.messages[batch.messages.length - 1].offset;
    const next = (BigInt(last) + 1n).toString();
    this.committer!.add({ topic, partition: batch.partition, offset: next });
    payload.resolveOffset(last);
    this.options.observer?.batchDone({
      stage: this.options.stage,
      groupId: this.options.groupId,
      topic,
      partition: batch.partition,
      size: batch.messages.length,
      deadLettered: deadLetters.length,
      durationMs: Date.now() - startedAt,
      lag: Math.max(0, Number(BigInt(batch.highWatermark) - BigInt(next))),
      timestamps: valid.map((m) => Number(m.timestamp)),
    });
    await heartbeat();
  }

  private async sendDeadLetters(deadLetters: DeadLetter[]): Promise<void> {
    for (const dl of deadLetters) {
      this.logger.warn(`${this.describe(dl.topic, dl.partition, dl.message)} dead-lettered to ${toDeadLetterMessage(this.options.stage, dl).topic}: ${dl.reason}`);
    }
    await writeDeadLetters(this.options.publisher, this.options.stage, deadLetters, this.options.observer?.deadLettered);
  }

  /**
   * Runs `fn` until it succeeds. Transient failures are retried for as long as
   * the consumer runs; others up to maxAttempts (or for ever when `alwaysRetry`,
   * for infrastructure steps such as publishing dead letters). Heartbeats keep the group
   * membership alive while waiting.
   */
  private async withRetries(
    fn: () => Promise<void>,
    heartbeat: () => Promise<void>,
    stillRunning: () => boolean,
    what: string,
    alwaysRetry = false,
    /** A first attempt already under way (a slice started ahead): awaited instead of calling `fn` the first time. */
    firstAttempt?: Promise<void>,
  ): Promise<Outcome> {
    let attempts = 0;
    let transientFailures = 0;
    let started = firstAttempt;
    for (;;) {
      if (!started && !stillRunning()) return { abandoned: true };
      try {
        const work = started ?? fn();
        started = undefined;
        await this.withBackgroundHeartbeats(work, heartbeat);
        return { ok: true };
      } catch (error) {
        const transient = alwaysRetry || isTransient(error);
        this.options.observer?.failure({ stage: this.options.stage, transient });
        // Attempts count the other failures in a row: a transient one in between starts them again (while a
        // dependency is failing, the same call failing otherwise is likely its doing, not the message's).
        if (transient) {
          transientFailures++;
          attempts = 0;
        } else attempts++;
        if (!transient && attempts >= this.options.maxAttempts) return { ok: false, error, attempts };
        const n = transient ? transientFailures : attempts;
        const delay = retryBackoffMs(n, this.options.maxBackoffMs);
        this.logger.warn(
          `${what} failed (${transient ? 'transient' : `attempt ${attempts}/${this.options.maxAttempts}`}), retrying in ${delay} ms: ${errorText(error)}`,
        );
        await this.sleepWithHeartbeats(delay, heartbeat, stillRunning);
      }
    }
  }

  /**
   * Keeps the group membership alive while one handler call runs, however
   * long: without heartbeats a call longer than the session timeout gets the
   * member evicted and its partitions handed to another member mid-batch.
   * kafkajs sends at most one heartbeat per heartbeatInterval, so calling it
   * often costs nothing; a heartbeat that reports a rebalance stops the
   * retries once the call returns (rebalanceSeen).
   */
  private async withBackgroundHeartbeats(work: Promise<void>, heartbeat: () => Promise<void>): Promise<void> {
    const timer = setInterval(() => void heartbeat(), HEARTBEAT_TICK_MS);
    try {
      await work;
    } finally {
      clearInterval(timer);
    }
  }

  private async sleepWithHeartbeats(ms: number, heartbeat: () => Promise<void>, stillRunning: () => boolean): Promise<void> {
    const until = Date.now() + ms;
    while (Date.now() < until && stillRunning()) {
      await new Promise((r) => setTimeout(r, Math.min(1_000, until - Date.now())));
      await heartbeat();
    }
  }

  private describe(topic: string, partition: number, m: KafkaMessage): string {
    const h = headersToStrings(m.headers);
    return `${topic}[${partition}]@${m.offset} key=${keyToString(m) ?? '-'} event=${h[HEADERS.eventId] ?? '-'} correlation=${h[HEADERS.correlationId] ?? '-'}`;
  }
}

/**
 * How often a member heartbeats: a tenth of the session timeout, at least every
 * 3 s and at most every 0.5 s, so a few lost heartbeats never cost the
 * membership, while a stopped process is noticed within the session timeout.
 */
export function heartbeatIntervalMs(sessionTimeoutMs: number): number {
  return Math.min(3_000, Math.max(500, Math.floor(sessionTimeoutMs / 10)));
}

/** kafkajs's own test for "the group is rebalancing, rejoin" (errors.js isRebalancing), plus an unknown member. */
function isRebalancing(error: unknown): boolean {
  const type = (error as { type?: unknown } | null)?.type;
  return type === 'REBALANCE_IN_PROGRESS' || type === 'NOT_COORDINATOR_FOR_GROUP' || type === 'ILLEGAL_GENERATION' || type === 'UNKNOWN_MEMBER_ID';
}

/** A handler call under way; `failed` turns true once it has rejected (a microtask after). */
interface Attempt {
  done: Promise<void>;
  failed: boolean;
}

function startAttempt(run: () => Promise<void>): Attempt {
  const attempt: Attempt = { done: run(), failed: false };
  // Marks the rejection handled: it is awaited later, by withRetries.
  attempt.done.catch(() => (attempt.failed = true));
  return attempt;
}

/**
 * Starts `run` a turn of the event loop from now (the check phase: after the
 * microtasks that carry `previous`'s produce request to the socket), unless by
 * then `previous` has failed or the consumer stopped; null if not started.
 */
function startBehind(previous: Attempt | null, run: () => Promise<void>, stillRunning: () => boolean): Promise<Attempt | null> {
  return new Promise((resolve) => setImmediate(() => resolve(previous && !previous.failed && stillRunning() ? startAttempt(run) : null)));
}

/** Waits for a slice started ahead to finish, whatever its outcome: nothing of a batch runs on after its call returns. */
async function settle(ahead: Promise<Attempt | null>): Promise<void> {
  await (await ahead)?.done.catch(() => undefined);
}

function errorText(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  if (error && typeof error === 'object') return JSON.stringify(error);
  return String(error);
}
