import { batchesOf } from './publish-batch';

describe('batchesOf', () => {
  const size = (n: number) => n;

  it('cuts by count and by bytes, in order', () => {
    expect(batchesOf([1, 1, 1, 1, 1], size, 2, 100)).toEqual([[1, 1], [1, 1], [1]]);
    expect(batchesOf([40, 40, 40, 10], size, 50, 100)).toEqual([[40, 40], [40, 10]]);
  });

  it('puts an item larger than the byte bound in a batch of its own', () => {
    expect(batchesOf([10, 500, 10], size, 50, 100)).toEqual([[10], [500], [10]]);
    expect(batchesOf([], size, 50, 100)).toEqual([]);
  });
});
