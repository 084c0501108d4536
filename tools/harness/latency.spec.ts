import { latencyWindows, percentiles } from './latency';

describe('percentiles', () => {
  it('uses nearest rank', () => {
    const v = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentiles(v)).toEqual({ p50: 50, p95: 95, p99: 99, max: 100 });
    expect(percentiles([3, 1, 2], [50])).toEqual({ p50: 2, max: 3 });
    expect(percentiles([])).toEqual({});
  });
});

describe('latencyWindows', () => {
  const t0 = 1_000_000;
  it('gives every window from origin to end its own percentiles, empty ones and unfinished samples included', () => {
    const samples = [
      ...Array.from({ length: 100 }, (_, i) => ({ startedAt: t0 + i * 10, latency: i + 1 })),
      // Nothing that started in the second window finished; the third is slow.
      ...Array.from({ length: 10 }, (_, i) => ({ startedAt: t0 + 2_500 + i, latency: 1_000 + i })),
    ];
    expect(
      latencyWindows(samples, 1_000, { origin: t0, end: t0 + 4_000, unfinished: [t0 + 1_200, t0 + 1_300] }),
    ).toEqual([
      { fromS: 0, count: 100, notFinished: 0, p50: 50, p99: 99, max: 100 },
      { fromS: 1, count: 0, notFinished: 2 },
      { fromS: 2, count: 10, notFinished: 0, p50: 1_004, p99: 1_009, max: 1_009 },
      { fromS: 3, count: 0, notFinished: 0 },
    ]);
  });

  it('counts a sample that started before the origin in the first window and one after the end in its own', () => {
    const w = latencyWindows(
      [
        { startedAt: t0 - 5, latency: 7 },
        { startedAt: t0 + 2_100, latency: 9 },
      ],
      1_000,
      { origin: t0, end: t0 + 1_000 },
    );
    expect(w.map((x) => [x.fromS, x.count])).toEqual([
      [0, 1],
      [1, 0],
      [2, 1],
    ]);
  });
});
