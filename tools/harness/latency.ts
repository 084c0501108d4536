/** Percentiles of a list of durations (nearest-rank), in the list's unit. */
export function percentiles(values: number[], ps = [50, 95, 99]): Record<string, number> {
  const out: Record<string, number> = {};
  if (values.length === 0) return out;
  const sorted = [...values].sort((a, b) => a - b);
  for (const p of ps) out[`p${p}`] = sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  out.max = sorted[sorted.length - 1];
  return out;
}
