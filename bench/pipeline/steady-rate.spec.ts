import { steadyRate } from './steady-rate';

/** `batches` clumps of `size` outputs, one clump every `everyMs`, the first at `startMs`. */
function clumps(batches: number, size: number, everyMs: number, startMs = 1_000_000): number[] {
  return Array.from({ length: batches * size }, (_, i) => startMs + Math.floor(i / size) * everyMs);
}

describe('steadyRate', () => {
  it('gives the rate of a steady stream', () => {
    const arrivals = Array.from({ length: 1_000 }, (_, i) => 5_000 + i * 2); // one every 2 ms
    expect(steadyRate(arrivals).perSecond).toBe(500);
  });

  it('stays near the true rate when batches of several partitions land together', () => {
    // 3 partitions worked at once: each round 3 batches of 300 land 30 ms apart, a round every 900 ms (1,000/s).
    const arrivals = Array.from({ length: 10 }, (_, round) =>
      [0, 30, 60].flatMap((lag) => clumps(1, 300, 0, 1_000_000 + round * 900 + lag)),
    ).flat();
    const firstToLast = arrivals.length / ((arrivals[arrivals.length - 1] - arrivals[0]) / 1000);
    expect(firstToLast).toBeGreaterThan(1_100);
    const rate = steadyRate(arrivals).perSecond;
    expect(rate).toBeGreaterThan(950);
    expect(rate).toBeLessThan(1_050);
  });

  it('cannot fix a run of one round: the input must span many batches', () => {
    const arrivals = [0, 30, 60].flatMap((lag) => clumps(1, 650, 0, 1_000_000 + lag));
    expect(steadyRate(arrivals).perSecond).toBeGreaterThan(10_000);
  });

  it('ignores a slow start and a slow tail', () => {
    const start = [0, 900, 1_800]; // three stragglers before the stream settles
    const steady = Array.from({ length: 600 }, (_, i) => 2_000 + i); // 1,000 per second
    const tail = [9_000, 15_000];
    expect(steadyRate([...start, ...steady, ...tail]).perSecond).toBeGreaterThan(990);
  });

  it('measures only arrivals from the given time, in any order', () => {
    const before = Array.from({ length: 100 }, (_, i) => i * 10); // 100 per second
    const after = Array.from({ length: 400 }, (_, i) => 10_000 + i * 4); // 250 per second
    const shuffled = [...after].reverse();
    expect(steadyRate([...before, ...shuffled], 10_000).perSecond).toBe(250);
  });

  it('gives no rate for too few outputs', () => {
    expect(steadyRate([1, 2, 3])).toEqual({ messages: 3, perSecond: 0 });
  });
});
