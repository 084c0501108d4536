import { Logger } from '@nestjs/common';
import { CustomTransportStrategy, MessageHandler, Server } from '@nestjs/microservices';
import type { ClassConstructor } from 'class-transformer';
import type { Batch, Consumer, EachBatchPayload } from 'kafkajs';
import { lastValueFrom } from 'rxjs';
import { BatchConsumerOptions, ConsumerState, KafkaBatchContext } from './consumer/batch-consumer.options';
import { decodeBatch, DecodedBatch } from './consumer/decode-batch';
import { createConsumer, GroupMembership } from './consumer/group-membership';
import { HeartbeatPacemaker } from './consumer/heartbeat-pacemaker';
import { describeMessage, errorText } from './consumer/log-text';
import { RetryLoop } from './consumer/retry-loop';
import { Culprit, runSlices, slicesOf } from './consumer/slice-pipeline';
import { DEAD_LETTER_REASONS, DeadLetter, toDeadLetterMessage, writeDeadLetters } from './dead-letter';
import { PermanentError } from './failures';
import type { InboundBatch, InboundMessage } from './inbound';
import { useStaticMembership } from './kafkajs-static-membership';
import { OffsetCommitter } from './offset-committer';

/** What one fetched batch needs while it is processed. */
interface BatchRun {
  payload: EachBatchPayload;
  pacemaker: HeartbeatPacemaker;
  retries: RetryLoop;
  stillRunning: () => boolean;
}

/**
 * A Nest microservice transport over a kafkajs `eachBatch` consumer.
 *
 * Handlers are registered with `@EventPattern(topicName)` and receive an InboundBatch of validated messages.
 * Offsets are committed (offset + 1) only after the handler's promise resolves, so anything the handler
 * awaited is safe before Kafka forgets the message.
 *
 * Failures come in two kinds:
 *  - transient (broker, database, timeout): retried with capped exponential backoff and full jitter for as
 *    long as it takes, the offset never moves (unless a rebalance hands the partition to another member,
 *    which redoes it);
 *  - anything else: retried up to `maxAttempts`, first as a batch, then message by message, and the messages
 *    that still fail go to `<topic>.dlq` with the reason; the partition moves on. Invalid payloads go there
 *    straight away.
 */
export class KafkaBatchServer extends Server implements CustomTransportStrategy {
  protected override readonly logger = new Logger(KafkaBatchServer.name);
  private consumer: Consumer | null = null;
  /** Commits in the background: each batch hands it its offset once the batch is safe. */
  private committer: OffsetCommitter | null = null;
  /**
   * Set by close(): no new batch starts, those under way stop retrying, and their offsets are committed before the
   * member leaves.
   */
  private closing = false;
  /** processBatch calls under way. */
  private active = 0;
  private readonly membership: GroupMembership;
  private readonly contracts: Map<string, ClassConstructor<object>>;

  constructor(private readonly options: BatchConsumerOptions) {
    super();
    this.contracts = new Map(options.subscriptions.map((s) => [s.topic, s.contract]));
    this.membership = new GroupMembership(options.sessionTimeoutMs);
  }

  get consumerState(): ConsumerState {
    return this.membership.current;
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
      const member =
        how === 'installed'
          ? `static member ${o.groupInstanceId}`
          : 'static membership unavailable in this kafkajs, dynamic member';
      this.logger.log(`group ${o.groupId}: ${member}`);
    }
    const consumer = createConsumer(o);
    this.consumer = consumer;
    this.closing = false;
    this.committer = new OffsetCommitter({
      commit: (offsets) => consumer.commitOffsets(offsets),
      onFailure: (error, failures, offsets) => {
        const where = offsets.map((p) => `${p.topic}[${p.partition}]@${p.offset}`).join(', ');
        this.logger.warn(`offset commit failed (${failures} in a row), retrying: ${where}: ${errorText(error)}`);
      },
      maxBackoffMs: o.maxBackoffMs,
    });
    this.membership.follow(consumer, this.committer, this.logger);
    consumer.on(consumer.events.GROUP_JOIN, (e) => {
      const partitions = Object.entries(e.payload.memberAssignment).flatMap(([topic, ps]) =>
        ps.map((partition) => ({ topic, partition })),
      );
      o.observer?.assigned?.({ stage: o.stage, groupId: o.groupId, partitions });
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
    if (flushed === false) {
      const pending = this.committer?.pendingCount;
      this.logger.warn(
        `offsets not committed before stopping: ${pending} partitions will be redelivered from their last commit`,
      );
    }
    this.committer?.stop();
    await this.consumer.disconnect();
    this.options.observer?.assigned?.({ stage: this.options.stage, groupId: this.options.groupId, partitions: [] });
    this.membership.current = 'stopped';
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

  /** Decode, hand the slices to the handler, dead-letter what failed, commit, observe. */
  private async processFetchedBatch(payload: EachBatchPayload): Promise<void> {
    const { batch } = payload;
    if (batch.messages.length === 0) return;
    const startedAt = Date.now();
    const { contract, handler } = this.routeOf(batch.topic);
    const decoded = decodeBatch(batch, contract, (m, reason) =>
      this.logger.warn(`${describeMessage(batch.topic, batch.partition, m)} rejected: ${reason}`),
    );
    const run = this.batchRun(payload);
    const culprits = await runSlices({
      slices: slicesOf(
        decoded.valid,
        (m) => decoded.byOffset.get(m.offset)?.value?.length ?? 0,
        this.options.handlerSlice,
      ),
      invoke: (messages) => this.invoke(handler, { topic: batch.topic, partition: batch.partition, messages }),
      retries: run.retries,
      stillRunning: run.stillRunning,
      where: `${batch.topic}[${batch.partition}]`,
      describe: (m) => describeMessage(batch.topic, batch.partition, decoded.byOffset.get(m.offset)!),
      onHandled: (count) => this.options.observer?.handled?.({ stage: this.options.stage, count }),
    });
    if (!culprits) return;
    const deadLetters = [...decoded.rejected, ...culprits.map((c) => culpritLetter(batch, decoded, c))];
    if (deadLetters.length > 0 && !(await this.sendDeadLetters(deadLetters, run))) return;
    const next = this.commit(payload);
    this.observe(batch, { startedAt, next, deadLettered: deadLetters.length, valid: decoded.valid });
    await run.pacemaker.beat();
  }

  private batchRun(payload: EachBatchPayload): BatchRun {
    const pacemaker = new HeartbeatPacemaker(
      () => payload.heartbeat(),
      () => (this.membership.rebalanceSeen = true),
    );
    const stillRunning = () =>
      payload.isRunning() && !payload.isStale() && !this.closing && !this.membership.rebalanceSeen;
    const retries = new RetryLoop({
      maxAttempts: this.options.maxAttempts,
      maxBackoffMs: this.options.maxBackoffMs,
      pacemaker,
      stillRunning,
      onFailure: (transient) => this.options.observer?.failure({ stage: this.options.stage, transient }),
      logger: this.logger,
    });
    return { payload, pacemaker, retries, stillRunning };
  }

  private routeOf(topic: string): { contract: ClassConstructor<object>; handler: MessageHandler } {
    const contract = this.contracts.get(topic);
    const handler = this.getHandlerByPattern(topic);
    if (!contract || !handler) throw new Error(`no handler registered for topic ${topic}`);
    return { contract, handler };
  }

  /** One handler call; resolves once the handler's promise (or observable) is done. */
  private async invoke(handler: MessageHandler, input: InboundBatch<unknown>): Promise<void> {
    const result: unknown = await handler(input, new KafkaBatchContext([input]));
    await lastValueFrom(this.transformToObservable(result), { defaultValue: undefined });
  }

  /** Writes the batch's dead letters, retried for as long as the consumer runs; false when abandoned. */
  private async sendDeadLetters(deadLetters: DeadLetter[], run: BatchRun): Promise<boolean> {
    const { stage, publisher, observer } = this.options;
    const write = async () => {
      for (const dl of deadLetters) {
        const where = toDeadLetterMessage(stage, dl).topic;
        this.logger.warn(
          `${describeMessage(dl.topic, dl.partition, dl.message)} dead-lettered to ${where}: ${dl.reason}`,
        );
      }
      await writeDeadLetters({ publisher, stage, deadLetters, count: observer?.deadLettered });
    };
    const what = `dead letters of ${run.payload.batch.topic}`;
    const sent = await run.retries.run(write, { what, retryEveryFailure: true });
    return 'ok' in sent && sent.ok;
  }

  /**
   * Everything up to the batch's last offset is safe (published and acknowledged, or committed by the
   * handler): the offset goes to the background committer, and the next fetch does not wait for the
   * coordinator's round trip. Returns the next offset to consume.
   */
  private commit(payload: EachBatchPayload): string {
    const { batch } = payload;
    const last = batch.messages[batch.messages.length - 1].offset;
    const next = (BigInt(last) + 1n).toString();
    this.committer!.add({ topic: batch.topic, partition: batch.partition, offset: next });
    payload.resolveOffset(last);
    return next;
  }

  private observe(
    batch: Batch,
    e: { startedAt: number; next: string; deadLettered: number; valid: InboundMessage<unknown>[] },
  ): void {
    this.options.observer?.batchDone({
      stage: this.options.stage,
      groupId: this.options.groupId,
      topic: batch.topic,
      partition: batch.partition,
      size: batch.messages.length,
      deadLettered: e.deadLettered,
      durationMs: Date.now() - e.startedAt,
      lag: Math.max(0, Number(BigInt(batch.highWatermark) - BigInt(e.next))),
      timestamps: e.valid.map((m) => Number(m.timestamp)),
    });
  }
}

/** The dead letter of a message that failed alone. */
function culpritLetter(batch: Batch, decoded: DecodedBatch, c: Culprit): DeadLetter {
  return {
    topic: batch.topic,
    partition: batch.partition,
    message: decoded.byOffset.get(c.message.offset)!,
    reason: errorText(c.error),
    kind: c.error instanceof PermanentError ? 'permanent_error' : 'max_attempts',
    attempts: c.attempts,
  };
}
