import { CoalescingReceiptStore, GroupCall } from './coalescing-receipt-store';
import { IngestReceipt, MemoryReceiptStore, ReceiptStore } from './receipt-store';

const receipt = (articleId: string, contentHash = 'h'): IngestReceipt => ({
  articleId,
  contentHash,
  sourceId: 's',
  eventId: `e-${articleId}`,
  version: 1,
  pubStatus: 'usable',
});

/** A store that counts calls and lets the test decide when each call finishes. */
class GatedStore extends MemoryReceiptStore {
  calls: Array<{ kind: string; size: number }> = [];
  private gates: Array<() => void> = [];
  release() {
    this.gates.splice(0).forEach((g) => g());
  }
  private gate() {
    return new Promise<void>((r) => this.gates.push(r));
  }
  override async findReceipts(keys: Array<{ articleId: string; contentHash: string }>) {
    this.calls.push({ kind: 'find', size: keys.length });
    await this.gate();
    return super.findReceipts(keys);
  }
  override async recordReceipts(receipts: IngestReceipt[]) {
    this.calls.push({ kind: 'record', size: receipts.length });
    await this.gate();
    return super.recordReceipts(receipts);
  }
}

const tick = () => new Promise((r) => setImmediate(r));

describe('GroupCall', () => {
  it('runs the first callers at once and merges everyone who queues behind them into one call', async () => {
    const sizes: number[] = [];
    const gates: Array<() => void> = [];
    const group = new GroupCall<number, number>(async (items) => {
      sizes.push(items.length);
      await new Promise<void>((r) => gates.push(r));
      return items.length;
    }, 1);
    const first = group.run([1]);
    const queued = [group.run([2]), group.run([3, 4]), group.run([5])];
    await tick();
    expect(sizes).toEqual([1]);
    gates.shift()!();
    await expect(first).resolves.toBe(1);
    await tick();
    expect(sizes).toEqual([1, 4]);
    gates.shift()!();
    await expect(Promise.all(queued)).resolves.toEqual([4, 4, 4]);
  });

  it('rejects every caller of a failed call, and the next call still runs', async () => {
    let fail = true;
    const group = new GroupCall<number, string>(async () => {
      if (fail) throw new Error('db down');
      return 'ok';
    }, 1);
    const a = group.run([1]);
    const b = group.run([2]);
    await expect(a).rejects.toThrow('db down');
    await expect(b).rejects.toThrow('db down');
    fail = false;
    await expect(group.run([3])).resolves.toBe('ok');
  });
});

describe('CoalescingReceiptStore', () => {
  it('answers each caller with its own receipts while sharing round trips', async () => {
    const inner = new GatedStore();
    await MemoryReceiptStore.prototype.recordReceipts.call(inner, [receipt('a'), receipt('c')]);
    const store: ReceiptStore = new CoalescingReceiptStore(inner);
    const finds = [
      store.findReceipts([{ articleId: 'a', contentHash: 'h' }]),
      store.findReceipts([{ articleId: 'b', contentHash: 'h' }]),
      store.findReceipts([{ articleId: 'c', contentHash: 'h' }]),
      store.findReceipts([{ articleId: 'a', contentHash: 'h' }]),
    ];
    await tick();
    inner.release();
    await tick();
    inner.release();
    const [a, b, c, a2] = await Promise.all(finds);
    expect(a.map((r) => r.articleId)).toEqual(['a']);
    expect(b).toEqual([]);
    expect(c.map((r) => r.articleId)).toEqual(['c']);
    expect(a2.map((r) => r.articleId)).toEqual(['a']);
    // Two run at once (the first two callers); the other two share the third call.
    expect(inner.calls).toEqual([
      { kind: 'find', size: 1 },
      { kind: 'find', size: 1 },
      { kind: 'find', size: 2 },
    ]);
  });

  it('records one row per key when concurrent requests carry the same version', async () => {
    const inner = new GatedStore();
    const store = new CoalescingReceiptStore(inner);
    const writes = [
      store.recordReceipts([receipt('x')]),
      store.recordReceipts([receipt('y')]),
      store.recordReceipts([receipt('z'), receipt('z')]),
      store.recordReceipts([receipt('z')]),
    ];
    await tick();
    inner.release();
    await tick();
    inner.release();
    await Promise.all(writes);
    expect(inner.calls).toEqual([
      { kind: 'record', size: 1 },
      { kind: 'record', size: 1 },
      { kind: 'record', size: 1 },
    ]);
    expect(
      (await MemoryReceiptStore.prototype.findReceipts.call(inner, [{ articleId: 'z', contentHash: 'h' }])).length,
    ).toBe(1);
  });
});
