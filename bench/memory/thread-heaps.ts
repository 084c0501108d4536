/**
 * The V8 heap of each thread of a running service, read from its /metrics:
 * the normaliser's `normaliser_thread_heap_bytes{thread,kind="used"}` (main
 * thread and each worker), else prom-client's `nodejs_heap_size_used_bytes`
 * (the main thread: what a build without the per-thread gauge reports).
 */
export async function scrapeThreadHeaps(metricsUrl: string): Promise<Record<string, number>> {
  const text = await (await fetch(`${metricsUrl}/metrics`, { signal: AbortSignal.timeout(5_000) })).text();
  return parseThreadHeaps(text);
}

export function parseThreadHeaps(text: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of text.matchAll(/^normaliser_thread_heap_bytes\{([^}]*)\} (\S+)$/gm)) {
    const thread = /thread="([^"]+)"/.exec(m[1])?.[1];
    if (thread && /kind="used"/.test(m[1])) out[thread] = Number(m[2]);
  }
  if (Object.keys(out).length === 0) {
    const main = /^nodejs_heap_size_used_bytes(?:\{[^}]*\})? (\S+)$/m.exec(text);
    if (main) out.main = Number(main[1]);
  }
  return out;
}

export interface ThreadHeapFigures {
  /** Median and highest used heap per thread over the samples, MB. */
  medianMb: number;
  maxMb: number;
}

/** Samples services' thread heaps every `intervalMs`; a failed scrape is skipped. */
export class ThreadHeapSampler {
  private readonly samples = new Map<string, Map<string, number[]>>();
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly metricsUrls: Record<string, string>) {}

  start(intervalMs = 5_000): void {
    const tick = () => {
      for (const [service, url] of Object.entries(this.metricsUrls)) {
        void scrapeThreadHeaps(url).then(
          (heaps) => {
            const byThread = this.samples.get(service) ?? new Map<string, number[]>();
            this.samples.set(service, byThread);
            for (const [thread, bytes] of Object.entries(heaps))
              byThread.set(thread, [...(byThread.get(thread) ?? []), bytes]);
          },
          () => undefined,
        );
      }
    };
    tick();
    this.timer = setInterval(tick, intervalMs);
  }

  stop(): Record<string, Record<string, ThreadHeapFigures>> {
    if (this.timer) clearInterval(this.timer);
    const mb = (b: number) => Math.round((b / 2 ** 20) * 10) / 10;
    const out: Record<string, Record<string, ThreadHeapFigures>> = {};
    for (const [service, byThread] of this.samples) {
      out[service] = {};
      for (const [thread, values] of byThread) {
        // The first fifth is start-up, as for RSS (process-stats.ts).
        const settled = values.slice(Math.floor(values.length / 5)).sort((a, b) => a - b);
        out[service][thread] = {
          medianMb: mb(settled[Math.floor(settled.length / 2)]),
          maxMb: mb(Math.max(...values)),
        };
      }
    }
    return out;
  }
}
