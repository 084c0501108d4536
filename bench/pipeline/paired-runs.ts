/**
 * A stage measured against its ceiling on a machine whose speed drifts.
 *
 * Both the ceiling and one build's stage drift within an hour by more than a
 * target's margin (docs/benchmark-history.md), so each run is paired with a
 * ceiling measured just before it, the pair gives a ratio, and the median of
 * several pairs is the figure; the spread is reported beside it.
 */
export interface PairedRun<T> {
  ceilingPerSecond: number;
  run: T;
}

export interface PairedSummary<T> {
  /** The pair whose ratio is the median (the lower middle one of an even count). */
  median: PairedRun<T> & { ratio: number };
  ratios: number[];
  perSecond: number[];
  ceilings: number[];
}

const round2 = (v: number) => Math.round(v * 100) / 100;

export function summarisePairs<T extends { perSecond: number }>(pairs: PairedRun<T>[]): PairedSummary<T> {
  if (pairs.length === 0) throw new Error('no paired runs to summarise');
  const withRatio = pairs.map((p) => ({ ...p, ratio: round2(p.run.perSecond / Math.max(1, p.ceilingPerSecond)) }));
  const byRatio = [...withRatio].sort((a, b) => a.ratio - b.ratio);
  return {
    median: byRatio[Math.floor((byRatio.length - 1) / 2)],
    ratios: withRatio.map((p) => p.ratio),
    perSecond: withRatio.map((p) => p.run.perSecond),
    ceilings: withRatio.map((p) => p.ceilingPerSecond),
  };
}
