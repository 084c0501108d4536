import { Logger } from '@nestjs/common';
import { retryBackoffMs } from '@news/kafka';
import type { IdempotentAnswer, IngestReceipt, ReceiptStore } from './receipt-store';

type Key = { articleId: string; contentHash: string };
const keyOf = (k: Key) => `${k.articleId}/${k.contentHash}`;
const answerKey = (sourceId: string, key: string) => `${sourceId}\u0000${key}`;

/** A lookup of a key no receipt has: a real round trip to the store, to see whether it answers again. */
const PROBE: Key = { articleId: '00000000-0000-0000-0000-000000000000', contentHash: '' };

export interface ReceiptStoreEvents {
  /** The store answers again (true), or ingest goes on without it (false). */
  state?(up: boolean): void;
  failure?(operation: 'find' | 'record' | 'find-idempotent' | 'save-idempotent', error: unknown): void;
  /** Receipts and answers waiting in memory to be written. */
  pending?(count: number): void;
}

export interface ResilientReceiptStoreOptions {
  /** Longest a call may take before the push goes on without it (a hung connection must not hold pushes). */
  timeoutMs?: number;
  /** While the store is away: the longest wait between probes (the waits grow to it, with full jitter). */
  retryEveryMs?: number;
  /** Most receipts and answers kept in memory while the store is away (the oldest are dropped first). */
  maxPending?: number;
  /** Makes the store usable again, e.g. connects a data source that could not connect at start-up. */
  reconnect?: () => Promise<void>;
  events?: ReceiptStoreEvents;
}

class TimeoutError extends Error {}

/** `work`, or a rejection once `ms` have passed (the work itself goes on). */
export async function within<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      work,
      new Promise<never>(
        (_, reject) => (timer = setTimeout(() => reject(new TimeoutError(`${what} took over ${ms} ms`)), ms)),
      ),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Receipts are an optimisation (the store drops a repeated version by itself),
 * so ingest must not depend on their database. This wrapper never fails a
 * push: when a call fails or takes longer than `timeoutMs`, it answers from
 * what it holds in memory (receipts and Idempotency-Key answers recorded while
 * the store was away: repeats sent to this replica are still recognised),
 * keeps what it was asked to write, and from then on leaves the store alone
 * until a background probe finds it answering again; it then writes what was
 * kept, and only then reads from the store again.
 */
export class ResilientReceiptStore implements ReceiptStore {
  private readonly logger = new Logger('IngestReceipts');
  private up = true;
  private readonly receipts = new Map<string, IngestReceipt>();
  private readonly answers = new Map<string, { sourceId: string; key: string; answer: IdempotentAnswer }>();
  private timer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(
    private readonly inner: ReceiptStore,
    private readonly options: ResilientReceiptStoreOptions = {},
  ) {}

  /** Whether the store answers (false: ingest publishes without the lookup). */
  get available(): boolean {
    return this.up;
  }

  get pendingCount(): number {
    return this.receipts.size + this.answers.size;
  }

  async findReceipts(keys: Key[]): Promise<IngestReceipt[]> {
    const held = keys.map((k) => this.receipts.get(keyOf(k))).filter((r): r is IngestReceipt => r !== undefined);
    if (!this.up || keys.length === 0) return held;
    try {
      const found = await within(this.inner.findReceipts(keys), this.timeoutMs, 'receipt lookup');
      const seen = new Set(found.map(keyOf));
      return [...found, ...held.filter((r) => !seen.has(keyOf(r)))];
    } catch (err) {
      this.down('find', err);
      return held;
    }
  }

  async recordReceipts(receipts: IngestReceipt[]): Promise<void> {
    if (receipts.length === 0) return;
    if (!this.up) return this.keep(receipts, []);
    try {
      await within(this.inner.recordReceipts(receipts), this.timeoutMs, 'receipt write');
    } catch (err) {
      this.keep(receipts, []);
      this.down('record', err);
    }
  }

  async findIdempotent(sourceId: string, key: string): Promise<IdempotentAnswer | null> {
    const held = this.answers.get(answerKey(sourceId, key))?.answer ?? null;
    if (held || !this.up) return held;
    try {
      return await within(this.inner.findIdempotent(sourceId, key), this.timeoutMs, 'Idempotency-Key lookup');
    } catch (err) {
      this.down('find-idempotent', err);
      return null;
    }
  }

  async saveIdempotent(sourceId: string, key: string, answer: IdempotentAnswer): Promise<void> {
    if (!this.up) return this.keep([], [{ sourceId, key, answer }]);
    try {
      await within(this.inner.saveIdempotent(sourceId, key, answer), this.timeoutMs, 'Idempotency-Key write');
    } catch (err) {
      this.keep([], [{ sourceId, key, answer }]);
      this.down('save-idempotent', err);
    }
  }

  /**
   * Stops probing (on shutdown); what is still kept is lost with the process, as the store would drop those repeats
   * anyway.
   */
  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private get timeoutMs(): number {
    return this.options.timeoutMs ?? 1_000;
  }

  private keep(
    receipts: IngestReceipt[],
    answers: Array<{ sourceId: string; key: string; answer: IdempotentAnswer }>,
  ): void {
    for (const r of receipts) this.receipts.set(keyOf(r), r);
    for (const a of answers) this.answers.set(answerKey(a.sourceId, a.key), a);
    const max = this.options.maxPending ?? 100_000;
    while (this.receipts.size > max) this.receipts.delete(this.receipts.keys().next().value as string);
    while (this.answers.size > max) this.answers.delete(this.answers.keys().next().value as string);
    this.options.events?.pending?.(this.pendingCount);
  }

  private down(operation: Parameters<NonNullable<ReceiptStoreEvents['failure']>>[0], err: unknown): void {
    this.options.events?.failure?.(operation, err);
    if (!this.up) return;
    this.up = false;
    this.logger.warn(
      `receipt store unavailable (${operation}: ${(err as Error).message}): publishing without the lookup; ` +
        `receipts are kept in memory until it answers`,
    );
    this.options.events?.state?.(false);
    this.schedule();
  }

  private schedule(rounds = 1): void {
    if (this.closed || this.timer) return;
    // Full jitter up to retryEveryMs: the replicas that lost the database together do not probe it in step.
    this.timer = setTimeout(
      () => {
        this.timer = null;
        void this.recover().then((ok) => (ok ? undefined : this.schedule(rounds + 1)));
      },
      retryBackoffMs(rounds, this.options.retryEveryMs ?? 1_000, 100),
    );
    this.timer.unref();
  }

  /** One recovery round: reconnect, write what was kept, probe; true once the store is back and nothing waits. */
  private async recover(): Promise<boolean> {
    try {
      await within(this.options.reconnect?.() ?? Promise.resolve(), this.timeoutMs * 5, 'reconnect');
      const receipts = [...this.receipts.values()].slice(0, 5_000);
      if (receipts.length > 0) await within(this.inner.recordReceipts(receipts), this.timeoutMs * 5, 'receipt write');
      for (const r of receipts) if (this.receipts.get(keyOf(r)) === r) this.receipts.delete(keyOf(r));
      for (const a of [...this.answers.values()].slice(0, 500)) {
        await within(this.inner.saveIdempotent(a.sourceId, a.key, a.answer), this.timeoutMs, 'Idempotency-Key write');
        if (this.answers.get(answerKey(a.sourceId, a.key)) === a) this.answers.delete(answerKey(a.sourceId, a.key));
      }
      await within(this.inner.findReceipts([PROBE]), this.timeoutMs, 'receipt lookup');
    } catch {
      this.options.events?.pending?.(this.pendingCount);
      return false;
    }
    this.options.events?.pending?.(this.pendingCount);
    // Back to the store only once everything kept is written: until then its answers would miss those repeats.
    if (this.pendingCount > 0) return false;
    this.up = true;
    this.logger.log('receipt store available again: receipts written, lookups back on');
    this.options.events?.state?.(true);
    return true;
  }
}
