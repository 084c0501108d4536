import { IngestReceipt, MemoryReceiptStore } from './receipt-store';
import { ResilientReceiptStore } from './resilient-receipt-store';

const receipt = (articleId: string): IngestReceipt => ({
  articleId,
  contentHash: 'h',
  sourceId: 's',
  eventId: `e-${articleId}`,
  version: 1,
  pubStatus: 'usable',
});
const key = (articleId: string) => ({ articleId, contentHash: 'h' });
const refused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });

/** A memory store that can be taken away (every call fails) or made to hang. */
class Flaky extends MemoryReceiptStore {
  mode: 'up' | 'down' | 'hung' = 'up';
  calls = 0;
  private async gate(): Promise<void> {
    this.calls++;
    if (this.mode === 'down') throw refused();
    if (this.mode === 'hung') await new Promise(() => undefined);
  }
  override async findReceipts(keys: Array<{ articleId: string; contentHash: string }>) {
    await this.gate();
    return super.findReceipts(keys);
  }
  override async recordReceipts(receipts: IngestReceipt[]) {
    await this.gate();
    return super.recordReceipts(receipts);
  }
  override async findIdempotent(sourceId: string, k: string) {
    await this.gate();
    return super.findIdempotent(sourceId, k);
  }
  override async saveIdempotent(
    sourceId: string,
    k: string,
    answer: { requestHash: string; statusCode: number; response: unknown },
  ) {
    await this.gate();
    return super.saveIdempotent(sourceId, k, answer);
  }
}

function setup(options: { timeoutMs?: number } = {}) {
  const inner = new Flaky();
  const states: boolean[] = [];
  const failures: string[] = [];
  const store = new ResilientReceiptStore(inner, {
    retryEveryMs: 10,
    timeoutMs: options.timeoutMs ?? 200,
    events: { state: (up) => states.push(up), failure: (op) => failures.push(op) },
  });
  return { inner, store, states, failures };
}

const until = async (what: () => boolean) => {
  for (let i = 0; i < 200 && !what(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(what()).toBe(true);
};

describe('ResilientReceiptStore', () => {
  afterEach(() => jest.useRealTimers());

  it('passes calls through while the store answers', async () => {
    const { store, inner } = setup();
    await store.recordReceipts([receipt('a')]);
    expect(await store.findReceipts([key('a'), key('b')])).toEqual([receipt('a')]);
    expect(await inner.findReceipts([key('a')])).toEqual([receipt('a')]);
    expect(store.available).toBe(true);
  });

  it('never fails a call when the store is down: lookups find nothing new, writes are kept', async () => {
    const { store, inner, states, failures } = setup();
    inner.mode = 'down';
    await expect(store.findReceipts([key('a')])).resolves.toEqual([]);
    expect(store.available).toBe(false);
    await expect(store.recordReceipts([receipt('a')])).resolves.toBeUndefined();
    await expect(
      store.saveIdempotent('s', 'k1', { requestHash: 'r', statusCode: 202, response: {} }),
    ).resolves.toBeUndefined();
    await expect(store.findIdempotent('s', 'other')).resolves.toBeNull();
    expect(states).toEqual([false]);
    expect(failures).toEqual(['find']);
    store.close();
  });

  it('recognises repeats of what it kept while the store was away', async () => {
    const { store, inner } = setup();
    inner.mode = 'down';
    await store.recordReceipts([receipt('a')]);
    await store.saveIdempotent('s', 'k1', { requestHash: 'r', statusCode: 202, response: { id: 'a' } });
    expect(await store.findReceipts([key('a'), key('b')])).toEqual([receipt('a')]);
    expect(await store.findIdempotent('s', 'k1')).toEqual({ requestHash: 'r', statusCode: 202, response: { id: 'a' } });
    store.close();
  });

  it('leaves the store alone while it is down, then writes what it kept and reads from it again', async () => {
    const { store, inner, states } = setup();
    inner.mode = 'down';
    await store.recordReceipts([receipt('a')]);
    await store.saveIdempotent('s', 'k1', { requestHash: 'r', statusCode: 202, response: {} });
    const callsWhileDown = inner.calls;
    await store.findReceipts([key('b')]);
    expect(inner.calls).toBe(callsWhileDown); // no round trip per push to a database that is gone
    inner.mode = 'up';
    await until(() => store.available);
    expect(states).toEqual([false, true]);
    expect(store.pendingCount).toBe(0);
    // What was kept is in the store itself now.
    expect(await inner.findReceipts([key('a')])).toEqual([receipt('a')]);
    expect(await inner.findIdempotent('s', 'k1')).not.toBeNull();
    store.close();
  });

  it('does not let a hung store hold a push: a call past the timeout goes on without it', async () => {
    const { store, inner } = setup({ timeoutMs: 30 });
    inner.mode = 'hung';
    await expect(store.findReceipts([key('a')])).resolves.toEqual([]);
    expect(store.available).toBe(false);
    store.close();
  });

  it('goes down when a write fails, keeping the receipts for later', async () => {
    const { store, inner } = setup();
    inner.mode = 'down';
    await store.recordReceipts([receipt('a')]);
    expect(store.available).toBe(false);
    expect(store.pendingCount).toBe(1);
    inner.mode = 'up';
    await until(() => store.available);
    expect(await inner.findReceipts([key('a')])).toEqual([receipt('a')]);
    store.close();
  });
});
