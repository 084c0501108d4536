/**
 * Starts `total` tasks on a fixed schedule (`perSecond`), whatever the earlier
 * ones are doing, and waits for all of them: load that does not slow down when
 * the system does, so queueing shows up as latency. `due` is when task `i`
 * was meant to start (performance.now() clock).
 */
export async function openLoop(
  perSecond: number,
  total: number,
  task: (i: number, due: number) => Promise<void>,
): Promise<void> {
  const started = performance.now();
  const inflight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / perSecond;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    inflight.push(task(i, due));
  }
  await Promise.all(inflight);
}
