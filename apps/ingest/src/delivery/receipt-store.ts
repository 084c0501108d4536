import type { IdempotentAnswer, IngestReceipt, IngestReceiptRepository } from '@news/database';

export type { IdempotentAnswer, IngestReceipt };

/** What ingest remembers of what it published (PostgreSQL when configured, else this process's memory). */
export interface ReceiptStore {
  findReceipts(keys: Array<{ articleId: string; contentHash: string }>): Promise<IngestReceipt[]>;
  recordReceipts(receipts: IngestReceipt[]): Promise<void>;
  findIdempotent(sourceId: string, key: string): Promise<IdempotentAnswer | null>;
  saveIdempotent(sourceId: string, key: string, answer: IdempotentAnswer): Promise<void>;
}

export const RECEIPT_STORE = Symbol('RECEIPT_STORE');

export class PostgresReceiptStore implements ReceiptStore {
  constructor(
    private readonly repo: IngestReceiptRepository,
    private readonly ttlMs: number,
  ) {}

  private notBefore(): Date {
    return new Date(Date.now() - this.ttlMs);
  }

  findReceipts(keys: Array<{ articleId: string; contentHash: string }>) {
    return this.repo.findReceipts(keys, this.notBefore());
  }

  recordReceipts(receipts: IngestReceipt[]) {
    return this.repo.recordReceipts(receipts);
  }

  findIdempotent(sourceId: string, key: string) {
    return this.repo.findIdempotent(sourceId, key, this.notBefore());
  }

  saveIdempotent(sourceId: string, key: string, answer: IdempotentAnswer) {
    return this.repo.saveIdempotent(sourceId, key, answer);
  }
}

/**
 * Receipts in this process only (no DATABASE_URL): fine for one replica in
 * development; forgotten on restart and not shared. Bounded: oldest first out.
 */
export class MemoryReceiptStore implements ReceiptStore {
  private readonly receipts = new Map<string, IngestReceipt>();
  private readonly answers = new Map<string, IdempotentAnswer>();

  constructor(private readonly maxEntries = 100_000) {}

  private bound(map: Map<string, unknown>): void {
    while (map.size > this.maxEntries) map.delete(map.keys().next().value as string);
  }

  async findReceipts(keys: Array<{ articleId: string; contentHash: string }>) {
    return keys
      .map((k) => this.receipts.get(`${k.articleId}/${k.contentHash}`))
      .filter((r): r is IngestReceipt => r !== undefined);
  }

  async recordReceipts(receipts: IngestReceipt[]) {
    for (const r of receipts) this.receipts.set(`${r.articleId}/${r.contentHash}`, r);
    this.bound(this.receipts);
  }

  async findIdempotent(sourceId: string, key: string) {
    return this.answers.get(`${sourceId}\u0000${key}`) ?? null;
  }

  async saveIdempotent(sourceId: string, key: string, answer: IdempotentAnswer) {
    this.answers.set(`${sourceId}\u0000${key}`, answer);
    this.bound(this.answers);
  }
}
