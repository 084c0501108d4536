import type { IdempotentAnswer, IngestReceipt, ReceiptStore } from './receipt-store';

type Key = { articleId: string; contentHash: string };
const keyOf = (k: Key) => `${k.articleId}/${k.contentHash}`;

interface Waiter<T, R> {
  items: T[];
  resolve: (r: R) => void;
  reject: (e: unknown) => void;
}

/**
 * Group commit for a set-based call: while `maxInFlight` calls run, new
 * callers queue; when one finishes, everything queued goes in the next single
 * call. Under load, N concurrent requests cost one round trip instead of N;
 * alone, a caller waits for nothing.
 */
export class GroupCall<T, R> {
  private queue: Array<Waiter<T, R>> = [];
  private inFlight = 0;

  constructor(
    private readonly call: (items: T[]) => Promise<R>,
    private readonly maxInFlight = 2,
  ) {}

  run(items: T[]): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ items, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight < this.maxInFlight && this.queue.length > 0) {
      const waiters = this.queue;
      this.queue = [];
      this.inFlight++;
      this.call(waiters.flatMap((w) => w.items))
        .then(
          (r) => waiters.forEach((w) => w.resolve(r)),
          (e: unknown) => waiters.forEach((w) => w.reject(e)),
        )
        .finally(() => {
          this.inFlight--;
          this.pump();
        });
    }
  }
}

/**
 * Coalesces the two receipt calls every push makes (look up, then record
 * after Kafka's ack) across concurrent requests, so single-article pushes
 * share PostgreSQL round trips. Each caller still gets exactly its own
 * answer, and a failure reaches every caller whose items were in the call.
 */
export class CoalescingReceiptStore implements ReceiptStore {
  private readonly finds: GroupCall<Key, Map<string, IngestReceipt>>;
  private readonly records: GroupCall<IngestReceipt, void>;

  constructor(private readonly inner: ReceiptStore) {
    this.finds = new GroupCall(async (keys) => {
      const unique = [...new Map(keys.map((k) => [keyOf(k), k])).values()];
      return new Map((await inner.findReceipts(unique)).map((r) => [keyOf(r), r]));
    });
    // Two requests may publish the same version at once: one row per key (an upsert may not touch a row twice).
    this.records = new GroupCall((receipts) =>
      inner.recordReceipts([...new Map(receipts.map((r) => [keyOf(r), r])).values()]),
    );
  }

  async findReceipts(keys: Key[]): Promise<IngestReceipt[]> {
    if (keys.length === 0) return [];
    const found = await this.finds.run(keys);
    return keys.map((k) => found.get(keyOf(k))).filter((r): r is IngestReceipt => r !== undefined);
  }

  recordReceipts(receipts: IngestReceipt[]): Promise<void> {
    return receipts.length === 0 ? Promise.resolve() : this.records.run(receipts);
  }

  findIdempotent(sourceId: string, key: string): Promise<IdempotentAnswer | null> {
    return this.inner.findIdempotent(sourceId, key);
  }

  saveIdempotent(sourceId: string, key: string, answer: IdempotentAnswer): Promise<void> {
    return this.inner.saveIdempotent(sourceId, key, answer);
  }
}
