import { OffsetCommitter, PartitionOffset } from './offset-committer';

/** A commit function whose requests the test answers one by one. */
function broker() {
  const requests: Array<{ offsets: PartitionOffset[]; resolve: () => void; reject: (e: Error) => void }> = [];
  const commit = (offsets: PartitionOffset[]) =>
    new Promise<void>((resolve, reject) => requests.push({ offsets, resolve, reject }));
  return { requests, commit };
}
const at = (partition: number, offset: number, topic = 't'): PartitionOffset => ({
  topic,
  partition,
  offset: String(offset),
});
const turn = () => new Promise((r) => setImmediate(r));
/** A request's offsets in partition order (the order within one request means nothing). */
const sorted = (offsets: PartitionOffset[]) =>
  [...offsets].sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition);

describe('OffsetCommitter', () => {
  it('sends at once, then one request at a time carrying the newest offset of every partition that moved', async () => {
    const b = broker();
    const c = new OffsetCommitter({ commit: b.commit });
    c.add(at(0, 10));
    c.add(at(1, 5));
    c.add(at(0, 12));
    c.add(at(1, 4)); // older than what is pending: ignored
    expect(b.requests.map((r) => r.offsets)).toEqual([[at(0, 10)]]);
    b.requests[0].resolve();
    await turn();
    expect(sorted(b.requests[1].offsets)).toEqual([at(0, 12), at(1, 5)]);
    b.requests[1].resolve();
    await turn();
    expect(b.requests).toHaveLength(2);
    expect(c.pendingCount).toBe(0);
  });

  it('keeps the offsets of a failed request pending (a newer one supersedes) and retries after a backoff', async () => {
    const b = broker();
    const failures: number[] = [];
    // The jitter pinned near the ceiling: the retry comes after about 20 ms, not at once.
    const c = new OffsetCommitter({
      commit: b.commit,
      baseBackoffMs: 20,
      random: () => 0.99,
      onFailure: (_e, n) => failures.push(n),
    });
    c.add(at(0, 10));
    c.add(at(1, 3));
    b.requests[0].reject(new Error('coordinator loading'));
    c.add(at(0, 11));
    await turn();
    expect(failures).toEqual([1]);
    expect(b.requests).toHaveLength(1); // waiting out the backoff
    await new Promise((r) => setTimeout(r, 40));
    expect(sorted(b.requests[1].offsets)).toEqual([at(0, 11), at(1, 3)]);
  });

  it('flush resolves once everything added before it is committed', async () => {
    const b = broker();
    const c = new OffsetCommitter({ commit: b.commit });
    c.add(at(0, 1));
    c.add(at(0, 2));
    let flushed: boolean | undefined;
    void c.flush().then((ok) => (flushed = ok));
    b.requests[0].resolve();
    await turn();
    expect(flushed).toBeUndefined();
    expect(b.requests[1].offsets).toEqual([at(0, 2)]);
    b.requests[1].resolve();
    await turn();
    await turn();
    expect(flushed).toBe(true);
  });

  it('flush retries a failed request at once and gives up, false, at its deadline', async () => {
    const c = new OffsetCommitter({ commit: () => Promise.reject(new Error('broker gone')), baseBackoffMs: 10 });
    c.add(at(0, 7));
    const started = Date.now();
    expect(await c.flush(Date.now() + 100)).toBe(false);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(c.pendingCount).toBe(1);
    c.stop();
  });

  it('drops what is pending for partitions no longer assigned', async () => {
    const b = broker();
    const c = new OffsetCommitter({ commit: b.commit });
    c.add(at(0, 1));
    c.add(at(1, 9));
    c.add(at(2, 4, 'u'));
    c.retainOnly([{ topic: 't', partition: 1 }]);
    b.requests[0].resolve();
    await turn();
    expect(b.requests[1].offsets).toEqual([at(1, 9)]);
  });
  it('after a rebalance, forgets a revoked partition even when the request carrying it fails later', async () => {
    const b = broker();
    const c = new OffsetCommitter({ commit: b.commit, baseBackoffMs: 10 });
    c.add(at(0, 10));
    c.add(at(1, 3)); // pending behind the request under way
    c.retainOnly([{ topic: 't', partition: 1 }]);
    b.requests[0].reject(new Error('REBALANCE_IN_PROGRESS'));
    await new Promise((r) => setTimeout(r, 30));
    expect(b.requests[1].offsets).toEqual([at(1, 3)]);
    c.add(at(0, 11)); // a straggler of the revoked partition
    b.requests[1].resolve();
    await turn();
    expect(b.requests).toHaveLength(2);
  });

  it('never sends an offset at or below one already committed (a redelivered batch)', async () => {
    const b = broker();
    const c = new OffsetCommitter({ commit: b.commit });
    c.add(at(0, 10));
    b.requests[0].resolve();
    await turn();
    c.add(at(0, 7));
    c.add(at(0, 10));
    expect(b.requests).toHaveLength(1);
    c.add(at(0, 12));
    expect(b.requests[1].offsets).toEqual([at(0, 12)]);
  });

  it('sends nothing more once stopped, even a retry that was due', async () => {
    const b = broker();
    const c = new OffsetCommitter({ commit: b.commit, baseBackoffMs: 10 });
    c.add(at(0, 1));
    b.requests[0].reject(new Error('broker gone'));
    await turn();
    c.stop();
    await new Promise((r) => setTimeout(r, 30));
    c.add(at(0, 2));
    expect(b.requests).toHaveLength(1);
    expect(await c.flush()).toBe(false);
  });

  it('keeps the offsets when the commit function throws instead of rejecting', async () => {
    let calls = 0;
    const sent: PartitionOffset[][] = [];
    const c = new OffsetCommitter({
      commit: (offsets) => {
        if (calls++ === 0) throw new Error('thrown');
        sent.push(offsets);
        return Promise.resolve();
      },
      baseBackoffMs: 10,
    });
    expect(() => c.add(at(0, 5))).not.toThrow();
    expect(await c.flush(Date.now() + 1_000)).toBe(true);
    expect(sent).toEqual([[at(0, 5)]]);
  });
});
