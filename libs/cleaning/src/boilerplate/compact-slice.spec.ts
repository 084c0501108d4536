import { BoilerplateModel } from './boilerplate-model';
import { compactSlice, findLine, fingerprintHash } from './compact-slice';

/** Replicas that learned overlapping documents of two sources: chrome lines, shared lines, lines of their own. */
function replicas(): BoilerplateModel[] {
  const out: BoilerplateModel[] = [];
  for (let r = 0; r < 3; r++) {
    const m = new BoilerplateModel({ replicaId: `r${r}`, halfLifeDocuments: 50 });
    for (let n = 0; n < 40 + r * 30; n++) {
      for (const source of ['times', 'gazette']) {
        const lines = [
          `Subscribe to the ${source}`,
          `Story ${n % 17} of ${source} told again`,
          `Line ${n} of replica ${r}`,
          `Shared ${n % 5}`,
        ];
        if (n % 3 === 0) lines.push(`Weekly ${source} quiz number ${n % 4}`);
        m.learn(source, `${source}-${r}-${n}`, lines);
      }
    }
    out.push(m);
  }
  return out;
}

function probes(): string[] {
  const lines: string[] = [];
  for (const source of ['times', 'gazette']) {
    lines.push(`Subscribe to the ${source}`, `Weekly ${source} quiz number 1`, `Never seen in ${source}`);
    for (let n = 0; n < 17; n++) lines.push(`Story ${n} of ${source} told again`);
  }
  for (let n = 0; n < 100; n++) lines.push(`Line ${n} of replica 1`, `Shared ${n % 5}`);
  return lines;
}

describe('compact slices of other replicas', () => {
  it('answer what the full slices answer, for every line', () => {
    const others = replicas();
    const full = new BoilerplateModel({ replicaId: 'me', halfLifeDocuments: 50 });
    const compact = new BoilerplateModel({ replicaId: 'me', halfLifeDocuments: 50, compactOthers: true });
    for (const m of [full, compact]) {
      for (let n = 0; n < 20; n++) m.learn('times', `mine-${n}`, ['Subscribe to the times', `My own line ${n}`]);
      for (const o of others) m.merge(o.snapshot(true));
    }
    expect(compact.stats()).toEqual(full.stats());
    for (const source of ['times', 'gazette']) {
      for (const line of [...probes(), 'My own line 3']) {
        const a = full.recurrence(source, line);
        const b = compact.recurrence(source, line);
        expect([line, b.window]).toEqual([line, a.window]);
        expect(b.count).toBeCloseTo(a.count, 3);
        expect([line, compact.isBoilerplate(source, line)]).toEqual([line, full.isBoilerplate(source, line)]);
      }
    }
  });

  it('are not published: the snapshot holds this replica’s own slices only', () => {
    const compact = new BoilerplateModel({ replicaId: 'me', compactOthers: true });
    compact.learn('times', 'mine-1', ['Subscribe to the times']);
    for (const o of replicas()) compact.merge(o.snapshot(true));
    expect(Object.keys(compact.snapshot().sources.times)).toEqual(['me']);
  });

  it('live in shared memory, and the one with more documents wins', () => {
    const model = new BoilerplateModel({ replicaId: 'me' });
    const newer = compactSlice(10, [['subscribe to the times', 6, 10]]);
    const older = compactSlice(4, [
      ['subscribe to the times', 4, 4],
      ['old line', 4, 4],
    ]);
    expect(newer.hashes.buffer).toBeInstanceOf(SharedArrayBuffer);
    model.mergeCompact('times', 'other', newer);
    model.mergeCompact('times', 'other', older);
    expect(model.recurrence('times', 'Subscribe to the times').count).toBeCloseTo(6, 5);
    expect(model.recurrence('times', 'Old line').count).toBe(0);
    // A replica never takes a compact slice for its own id: it learns into that one.
    model.mergeCompact('times', 'me', compactSlice(99, [['old line', 50, 99]]));
    expect(model.recurrence('times', 'Old line').count).toBe(0);
  });

  it('find each line by its hash, and only those', () => {
    const lines = Array.from({ length: 500 }, (_, i) => [`fingerprint ${i}`, i, i] as [string, number, number]);
    const slice = compactSlice(500, lines);
    for (const [fp, count] of lines) expect(slice.counts[findLine(slice, fingerprintHash(fp))]).toBe(count);
    expect(findLine(slice, fingerprintHash('fingerprint 500'))).toBe(-1);
    // The same fingerprint twice keeps the larger count.
    const twice = compactSlice(3, [
      ['a', 1, 1],
      ['a', 3, 2],
    ]);
    expect(Array.from(twice.counts)).toEqual([3]);
  });
});
