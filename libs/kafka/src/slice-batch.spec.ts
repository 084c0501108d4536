import { sliceBatch } from './slice-batch';

describe('sliceBatch', () => {
  const sizes = (slices: number[][]) => slices.map((s) => s.length);

  it('keeps a batch whole when no limits are set, and gives nothing for nothing', () => {
    expect(sliceBatch([1, 2, 3], (n) => n, undefined)).toEqual([[1, 2, 3]]);
    expect(sliceBatch([], (n: number) => n, { maxMessages: 2, maxBytes: 10 })).toEqual([]);
  });

  it('cuts at the message limit, in order, losing nothing', () => {
    const items = Array.from({ length: 7 }, (_, i) => i);
    const slices = sliceBatch(items, () => 1, { maxMessages: 3, maxBytes: 1_000 });
    expect(sizes(slices)).toEqual([3, 3, 1]);
    expect(slices.flat()).toEqual(items);
  });

  it('cuts before the item that would pass the byte limit, and lets one large item make a slice alone', () => {
    const slices = sliceBatch([400, 400, 300, 5_000, 100], (n) => n, { maxMessages: 10, maxBytes: 1_000 });
    expect(slices).toEqual([[400, 400], [300], [5_000], [100]]);
  });
});
