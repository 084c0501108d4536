import { percentiles } from './latency';

describe('percentiles', () => {
  it('uses nearest rank', () => {
    const v = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentiles(v)).toEqual({ p50: 50, p95: 95, p99: 99, max: 100 });
    expect(percentiles([3, 1, 2], [50])).toEqual({ p50: 2, max: 3 });
    expect(percentiles([])).toEqual({});
  });
});
