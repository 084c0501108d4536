import { retryBackoffMs } from './failures';

export interface PartitionOffset {
  topic: string;
  partition: number;
  /** The next offset to consume (last processed + 1), as kafkajs takes it. */
  offset: string;
}

export interface OffsetCommitterOptions {
  /** Sends one commit request (kafkajs `consumer.commitOffsets`). */
  commit: (offsets: PartitionOffset[]) => Promise<void>;
  /** Told of every failed request; the offsets stay pending and are sent again after a backoff. */
  onFailure?: (error: unknown, consecutiveFailures: number, offsets: PartitionOffset[]) => void;
  baseBackoffMs?: number;
  maxBackoffMs?: number;
  /** The jitter's source (tests pin it). */
  random?: () => number;
}

const key = (topic: string, partition: number) => `${partition}|${topic}`;

/**
 * Commits processed offsets in the background, one request at a time, each
 * carrying the newest offset of every partition that moved since the last.
 *
 * Why not commit at the end of each batch: kafkajs fetches again only once
 * every batch of the previous fetch has returned, and an offset commit takes a
 * round trip through the group coordinator, which lingers to batch its log
 * writes. Awaited per batch, the last batch's commit would be dead time in
 * every fetch cycle (figures: docs/architecture.md).
 *
 * What it keeps: an offset is added only once everything before it is safe
 * (published and acknowledged, or committed to PostgreSQL), so a commit never
 * moves past unsafe work; committed offsets only lag, and a crash before the
 * commit lands redelivers what was done (handlers are idempotent). A failed
 * request keeps its offsets pending (a newer one for the same partition
 * supersedes them) and is retried after a capped, jittered backoff.
 */
export class OffsetCommitter {
  private readonly pending = new Map<string, PartitionOffset>();
  /** The highest offset committed per partition: a redelivered batch's older offset must not move it back. */
  private readonly committed = new Map<string, bigint>();
  /** The partitions this member holds (null until the first assignment): offsets of others are not ours to commit. */
  private assigned: Set<string> | null = null;
  private inFlight: Promise<void> | null = null;
  private consecutiveFailures = 0;
  private retryTimer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(private readonly options: OffsetCommitterOptions) {}

  /** Offsets waiting for a request (for tests and health). */
  get pendingCount(): number {
    return this.pending.size;
  }

  /**
   * Records that a partition is processed up to `offset` (exclusive); a request goes out now unless one is under way.
   */
  add(o: PartitionOffset): void {
    this.merge(o);
    this.kick();
  }

  /**
   * After a rebalance: drops what is pending for partitions this member no
   * longer holds, and ignores them from now on (a request under way that fails
   * included), so a late commit cannot move the new owner's offset back.
   */
  retainOnly(assigned: Array<{ topic: string; partition: number }>): void {
    const keep = new Set(assigned.map((a) => key(a.topic, a.partition)));
    this.assigned = keep;
    for (const k of [...this.pending.keys()]) if (!keep.has(k)) this.pending.delete(k);
    for (const k of [...this.committed.keys()]) if (!keep.has(k)) this.committed.delete(k);
  }

  /**
   * Resolves once nothing is pending or under way (what is added meanwhile included), or false
   * once `deadline` (ms since epoch) passes first (on shutdown, with the broker
   * gone: the offsets are then redelivered on the next start).
   */
  async flush(deadline = Number.POSITIVE_INFINITY): Promise<boolean> {
    while (this.pending.size > 0 || this.inFlight) {
      if (Date.now() >= deadline || this.stopped) return false;
      if (!this.inFlight) {
        // Waiting out a backoff: try now instead.
        this.clearRetryTimer();
        this.kick();
        continue;
      }
      const left = deadline - Date.now();
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        this.inFlight,
        Number.isFinite(left)
          ? new Promise<void>((r) => (timer = setTimeout(r, Math.max(0, left))))
          : new Promise<void>(() => undefined),
      ]);
      clearTimeout(timer);
      // A failed request left its offsets pending; without a pause the loop would hammer a broker that is down.
      if (this.consecutiveFailures > 0 && this.pending.size > 0)
        await new Promise((r) => setTimeout(r, Math.min(this.backoffMs(), Math.max(0, deadline - Date.now()))));
    }
    return true;
  }

  /**
   * Sends nothing more (after the final flush, when the consumer goes away); what is still pending is redelivered on
   * the next start.
   */
  stop(): void {
    this.stopped = true;
    this.clearRetryTimer();
  }

  private merge(o: PartitionOffset): void {
    const k = key(o.topic, o.partition);
    if (this.assigned && !this.assigned.has(k)) return;
    const offset = BigInt(o.offset);
    const committed = this.committed.get(k);
    if (committed !== undefined && offset <= committed) return;
    const current = this.pending.get(k);
    if (!current || offset > BigInt(current.offset)) this.pending.set(k, o);
  }

  private kick(): void {
    if (this.stopped || this.inFlight || this.retryTimer || this.pending.size === 0) return;
    const offsets = [...this.pending.values()];
    this.pending.clear();
    let sent: Promise<void>;
    try {
      sent = this.options.commit(offsets);
    } catch (error) {
      // A commit function that throws instead of rejecting must not lose the offsets just taken.
      sent = Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    this.inFlight = sent
      .then(
        () => {
          this.consecutiveFailures = 0;
          for (const o of offsets) {
            const k = key(o.topic, o.partition);
            const before = this.committed.get(k);
            if (before === undefined || BigInt(o.offset) > before) this.committed.set(k, BigInt(o.offset));
          }
        },
        (error: unknown) => {
          this.consecutiveFailures++;
          // Back into pending unless a newer offset for the partition arrived meanwhile.
          for (const o of offsets) this.merge(o);
          this.options.onFailure?.(error, this.consecutiveFailures, offsets);
        },
      )
      .finally(() => {
        this.inFlight = null;
        if (this.stopped) return;
        if (this.consecutiveFailures === 0) this.kick();
        else if (this.pending.size > 0) {
          this.retryTimer = setTimeout(() => {
            this.retryTimer = null;
            this.kick();
          }, this.backoffMs());
          this.retryTimer.unref();
        }
      });
  }

  private backoffMs(): number {
    return retryBackoffMs(
      this.consecutiveFailures,
      this.options.maxBackoffMs ?? 10_000,
      this.options.baseBackoffMs,
      this.options.random,
    );
  }

  private clearRetryTimer(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }
}
