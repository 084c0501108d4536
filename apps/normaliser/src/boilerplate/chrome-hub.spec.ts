import { BoilerplateModel } from '@news/cleaning';
import { ChromeHub } from './chrome-hub';

function learned(replicaId: string, documents: number, source = 'times'): BoilerplateModel {
  const m = new BoilerplateModel({ replicaId });
  for (let n = 0; n < documents; n++) m.learn(source, `${replicaId}-${n}`, ['Subscribe to the times', `Story ${n}`]);
  return m;
}

describe('ChromeHub', () => {
  it('shares each newer slice once, compact, and keeps its own workers’ slices whole', () => {
    const hub = new ChromeHub({ workerPrefix: 'p1.w' });
    const own = learned('p1.w0', 10);
    const other = learned('p2.w0', 5);
    const first = hub.merge(own.snapshot(true));
    expect(first.map((s) => [s.replica, s.slice.documents])).toEqual([['p1.w0', 10]]);
    expect(first[0].slice.hashes.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(hub.merge(other.snapshot(true)).map((s) => s.replica)).toEqual(['p2.w0']);
    // The same slices again, or older ones: nothing new to share.
    expect(hub.merge(own.snapshot(true))).toEqual([]);
    expect(hub.merge(learned('p2.w0', 3).snapshot(true))).toEqual([]);
    expect(
      hub
        .all()
        .map((s) => s.replica)
        .sort(),
    ).toEqual(['p1.w0', 'p2.w0']);
    // Only this process's workers' slices are kept whole: a restarted worker resumes from exactly what it had.
    expect(hub.ownSnapshot('p1.w0')).toEqual(own.snapshot(true));
    expect(hub.ownSnapshot('p2.w0').sources).toEqual({});
  });

  it('forgets a slice everywhere, and bounds the slices per source by documents', () => {
    const hub = new ChromeHub({ workerPrefix: 'p1.w', maxReplicas: 2 });
    hub.merge(learned('p1.w0', 10).snapshot(true));
    hub.forget('times', 'p1.w0');
    expect(hub.all()).toEqual([]);
    expect(hub.ownSnapshot().sources).toEqual({});
    for (const [replica, documents] of [
      ['a', 5],
      ['b', 9],
      ['c', 7],
    ] as const)
      hub.merge(learned(replica, documents).snapshot(true));
    expect(
      hub
        .all()
        .map((s) => s.replica)
        .sort(),
    ).toEqual(['b', 'c']);
    expect(hub.stats()).toMatchObject({ sources: 1, slices: 2 });
  });

  it('refuses a malformed snapshot before taking anything from it', () => {
    const hub = new ChromeHub({ workerPrefix: 'p1.w' });
    expect(() => hub.merge({ version: 2, sources: {} })).toThrow(/unsupported version/);
    expect(hub.all()).toEqual([]);
  });
});
