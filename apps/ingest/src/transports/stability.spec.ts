import { isCandidate, StabilityTracker } from './stability';

describe('StabilityTracker', () => {
  const file = (size: number, mtimeMs = 1_000) => ({ name: 'a.xml', size, mtimeMs });

  it('never reads a file the first time it is seen, then once it is unchanged for the settle time', () => {
    const t = new StabilityTracker(2_000);
    expect(t.observe([file(10)], 0)).toEqual([]);
    expect(t.observe([file(10)], 1_000)).toEqual([]);
    expect(t.observe([file(10)], 2_000)).toEqual([file(10)]);
  });

  it('starts over whenever the size or the modification time changes', () => {
    const t = new StabilityTracker(1_000);
    t.observe([file(10)], 0);
    expect(t.observe([file(20)], 1_000)).toEqual([]);
    expect(t.observe([file(20, 2_000)], 2_000)).toEqual([]);
    expect(t.observe([file(20, 2_000)], 2_500)).toEqual([]);
    expect(t.observe([file(20, 2_000)], 3_000)).toEqual([file(20, 2_000)]);
  });

  it('with no settle time, reads a file unchanged between two listings', () => {
    const t = new StabilityTracker(0);
    expect(t.observe([file(10)], 0)).toEqual([]);
    expect(t.observe([file(10)], 5)).toEqual([file(10)]);
  });

  it('forgets files that left the listing or were forgotten, and reports the oldest arrival', () => {
    const t = new StabilityTracker(0);
    t.observe(
      [
        { name: 'old', size: 1, mtimeMs: 100 },
        { name: 'new', size: 1, mtimeMs: 900 },
      ],
      1_000,
    );
    expect(t.size).toBe(2);
    expect(t.oldestArrival()).toBe(100);
    t.forget('old');
    expect(t.oldestArrival()).toBe(900);
    // A clock ahead of ours: the arrival is when it was first seen.
    t.observe([{ name: 'future', size: 1, mtimeMs: 99_999 }], 2_000);
    expect(t.oldestArrival()).toBe(2_000);
    expect(t.size).toBe(1);
  });

  it('leaves dotfiles and partial uploads alone', () => {
    expect(['.a.xml', 'a.xml.tmp', 'a.part', 'b.filepart', 'c.XML.PARTIAL'].filter(isCandidate)).toEqual([]);
    expect(['a.xml', 'story.txt', 'x.tst'].every(isCandidate)).toBe(true);
  });
});
