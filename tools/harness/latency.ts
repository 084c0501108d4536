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
  /** Seconds from the first sample's start to this window's start. */
  fromS: number;
  count: number;
  p50: number;
  p99: number;
  max: number;
}

/**
 * Percentiles per consecutive window of start times: whether a long run's
 * latency held steady or grew (a whole-run p99 cannot tell a slow drift from
 * one bad minute). Windows with no samples are left out.
 */
export function latencyWindows(samples: Array<{ startedAt: number; latency: number }>, windowMs: number): LatencyWindow[] {
  if (samples.length === 0) return [];
  let first = Infinity;
  for (const s of samples) first = Math.min(first, s.startedAt);
  const buckets = new Map<number, number[]>();
  for (const s of samples) {
    const w = Math.floor((s.startedAt - first) / windowMs);
    let bucket = buckets.get(w);
    if (!bucket) buckets.set(w, (bucket = []));
    bucket.push(s.latency);
  }
  return [...buckets.entries()]
    .sort(([a], [b]) => a - b)
    .map(([w, values]) => {
      const p = percentiles(values, [50, 99]);
      return { fromS: (w * windowMs) / 1000, count: values.length, p50: p.p50, p99: p.p99, max: p.max };
    });
}
