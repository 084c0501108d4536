/** Percentiles of a list of durations (nearest-rank), in the list's unit. */
export function percentiles(values: number[], ps = [50, 95, 99]): Record<string, number> {
  const out: Record<string, number> = {};
  if (values.length === 0) return out;
  const sorted = [...values].sort((a, b) => a - b);
  for (const p of ps) out[`p${p}`] = sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  out.max = sorted[sorted.length - 1];
  return out;
}

export interface LatencyWindow {
  /** Seconds from the origin (the load's start) to this window's start. */
  fromS: number;
  /** Samples that started in this window and were seen to finish. */
  count: number;
  /** Started in this window but never seen to finish. */
  notFinished: number;
  /** Absent when nothing that started in the window finished. */
  p50?: number;
  p99?: number;
  max?: number;
}

/**
 * Percentiles per consecutive window of start times, from `origin` to `end`
 * (every window, empty ones included): whether a long run's latency held
 * steady or grew, which a whole-run p99 cannot tell from one bad minute.
 * `unfinished` are the start times of what never finished: a window where
 * nothing got through shows as such instead of vanishing.
 */
export function latencyWindows(
  samples: Array<{ startedAt: number; latency: number }>,
  windowMs: number,
  range: { origin: number; end: number; unfinished?: number[] },
): LatencyWindow[] {
  const values: number[][] = [];
  const unfinished: number[] = [];
  /** The window of a start time, the windows up to it created (earlier than the origin counts as the first). */
  const windowOf = (t: number) => {
    const w = Math.max(0, Math.floor((t - range.origin) / windowMs));
    while (values.length <= w) {
      values.push([]);
      unfinished.push(0);
    }
    return w;
  };
  windowOf(range.end - 1);
  for (const s of samples) values[windowOf(s.startedAt)].push(s.latency);
  for (const t of range.unfinished ?? []) unfinished[windowOf(t)]++;
  return values.map((v, w) => {
    const window: LatencyWindow = { fromS: (w * windowMs) / 1000, count: v.length, notFinished: unfinished[w] };
    if (v.length > 0) {
      const p = percentiles(v, [50, 99]);
      Object.assign(window, { p50: p.p50, p99: p.p99, max: p.max });
    }
    return window;
  });
}
