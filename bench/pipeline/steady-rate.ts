/**
 * A stage's throughput from the times its outputs arrived.
 *
 * A stage writes its outputs a batch at a time, so they arrive in clumps of
 * hundreds, and with several partitions worked at once the clumps of one
 * round land almost together. Timing "first output to last" divides all N
 * outputs by a span that leaves out the first round's work, which on a short
 * input reads several times the real rate (docs/benchmark-history.md). Here
 * the rate is the slope of a least-squares line through (arrival time, output
 * count) over the middle 80 % of the outputs: start-up and the tail are left
 * out, and a staircase of clumps has the slope of its average rate. It still
 * needs the input to span many batches.
 */
export interface SteadyRate {
  /** Outputs the slope was fitted over. */
  messages: number;
  perSecond: number;
}

/** Arrivals (ms since epoch) at or after `from` are measured; fewer than 10 give no rate. */
export function steadyRate(arrivals: readonly number[], from = 0): SteadyRate {
  const window = arrivals.filter((t) => t >= from).sort((a, b) => a - b);
  if (window.length < 10) return { messages: window.length, perSecond: 0 };
  const lo = Math.floor(window.length * 0.1);
  const hi = Math.ceil(window.length * 0.9);
  const n = hi - lo;
  let meanT = 0;
  let meanI = 0;
  for (let i = lo; i < hi; i++) {
    meanT += window[i] / n;
    meanI += i / n;
  }
  let cov = 0;
  let varT = 0;
  for (let i = lo; i < hi; i++) {
    const dt = window[i] - meanT;
    cov += dt * (i - meanI);
    varT += dt * dt;
  }
  // All in one instant: no span to measure a rate over.
  if (varT === 0) return { messages: n, perSecond: 0 };
  return { messages: n, perSecond: Math.round((cov / varT) * 1000) };
}
