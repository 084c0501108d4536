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
  it('gives each window of start times its own percentiles, in order, skipping empty ones', () => {
    const t0 = 1_000_000;
    const samples = [
      ...Array.from({ length: 100 }, (_, i) => ({ startedAt: t0 + i * 10, latency: i + 1 })),
      // Nothing starts in the second window; the third is slow.
      ...Array.from({ length: 10 }, (_, i) => ({ startedAt: t0 + 2_500 + i, latency: 1_000 + i })),
    ];
    expect(latencyWindows(samples, 1_000)).toEqual([
      { fromS: 0, count: 100, p50: 50, p99: 99, max: 100 },
      { fromS: 2, count: 10, p50: 1_004, p99: 1_009, max: 1_009 },
    ]);
    expect(latencyWindows([], 1_000)).toEqual([]);
  });
});
