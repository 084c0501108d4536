import { chunksOf } from './article-intake.service';

describe('publish chunks', () => {
  const m = (n: number) => ({ key: 'k', value: 'x'.repeat(n - 1) });

  it('keeps order and puts as many messages in a chunk as fit', () => {
    const chunks = chunksOf([m(40), m(40), m(40), m(100), m(10)], 100);
    expect(chunks.map((c) => c.map((x) => x.value.length + 1))).toEqual([[40, 40], [40], [100], [10]]);
  });

  it('sends nothing for no messages', () => {
    expect(chunksOf([], 100)).toEqual([]);
  });
});
