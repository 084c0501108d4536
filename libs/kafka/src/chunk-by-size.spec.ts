import { chunkBySize } from './chunk-by-size';

describe('chunkBySize', () => {
  const bytes = (n: number) => n;

  it('cuts by count and by bytes, in order, losing nothing', () => {
    expect(chunkBySize([1, 1, 1, 1, 1], { sizeOf: bytes, maxCount: 2, maxBytes: 100 })).toEqual([[1, 1], [1, 1], [1]]);
    expect(chunkBySize([40, 40, 40, 10], { sizeOf: bytes, maxCount: 50, maxBytes: 100 })).toEqual([[40, 40], [40, 10]]);
    const items = Array.from({ length: 7 }, (_, i) => i);
    expect(chunkBySize(items, { sizeOf: () => 1, maxCount: 3, maxBytes: 1_000 }).flat()).toEqual(items);
  });

  it('cuts before the item that would pass the byte bound, and puts a larger item in a run of its own', () => {
    const runs = chunkBySize([400, 400, 300, 5_000, 100], { sizeOf: bytes, maxBytes: 1_000 });
    expect(runs).toEqual([[400, 400], [300], [5_000], [100]]);
    expect(chunkBySize([10, 500, 10], { sizeOf: bytes, maxCount: 50, maxBytes: 100 })).toEqual([[10], [500], [10]]);
  });

  it('gives nothing for nothing', () => {
    expect(chunkBySize([], { sizeOf: bytes, maxBytes: 100 })).toEqual([]);
  });
});
