import { splitStages, StageTimes } from './stage-split';

/** An article received at `at` that spent the given milliseconds in ingest, the normaliser and the store. */
const article = (at: number, ingest: number, normaliser: number, store: number): StageTimes => ({
  receivedAt: at,
  rawAt: at + ingest,
  normalisedAt: at + ingest + normaliser,
  storedAt: at + ingest + normaliser + store,
});

describe('splitStages', () => {
  it("gives each stage's percentiles from the four times", () => {
    const times = Array.from({ length: 100 }, (_, i) => article(1_000 * i, 1, 10 + i, 20));
    const split = splitStages(times)!;
    expect(split.articles).toBe(100);
    expect(split.ingestMs).toEqual({ p50: 1, p95: 1, p99: 1, max: 1 });
    expect(split.normaliserMs).toEqual({ p50: 59, p95: 104, p99: 108, max: 109 });
    expect(split.storeMs).toEqual({ p50: 20, p95: 20, p99: 20, max: 20 });
  });

  it('says which stage the slowest 1 % spent their time in', () => {
    // 198 quick articles; two slow ones, one held up in the normaliser and one in the store.
    const times = [
      ...Array.from({ length: 198 }, (_, i) => article(i, 2, 50, 30)),
      article(500, 4, 1_900, 40),
      article(600, 2, 60, 1_000),
    ];
    expect(splitStages(times)!.slowestPercent).toEqual({
      articles: 2,
      ingestMs: 3,
      normaliserMs: 980,
      storeMs: 520,
      totalMs: 1_503,
    });
  });

  it('gives nothing when no article had all four times', () => {
    expect(splitStages([])).toBeUndefined();
  });
});
