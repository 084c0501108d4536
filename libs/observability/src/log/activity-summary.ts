/** What the summary writes to: Nest's `Logger` fits. */
export interface SummaryLogger {
  log(message: string): void;
}

export interface ActivitySummaryOptions {
  /** What the counts are of, e.g. "articles normalised". */
  what: string;
  intervalMs?: number;
  now?: () => number;
}

/**
 * Counts a stage's work and logs it once per interval at info, in place of a
 * line per article, so a busy pipeline's logs stay readable and cheap. Each
 * article's own line is at debug; refusals and dead letters keep theirs.
 */
export class ActivitySummary {
  private readonly counts = new Map<string, number>();
  private readonly intervalMs: number;
  private readonly now: () => number;
  private since: number;

  constructor(
    private readonly logger: SummaryLogger,
    private readonly options: ActivitySummaryOptions,
  ) {
    this.intervalMs = options.intervalMs ?? 60_000;
    this.now = options.now ?? Date.now;
    this.since = this.now();
  }

  /** Adds to the counts, and writes the summary once the interval has passed. */
  add(counts: Record<string, number>): void {
    for (const [k, n] of Object.entries(counts)) if (n > 0) this.counts.set(k, (this.counts.get(k) ?? 0) + n);
    if (this.now() - this.since >= this.intervalMs) this.flush();
  }

  /** Writes what was counted since the last line (nothing when idle) and starts a new interval. */
  flush(): void {
    const now = this.now();
    if (this.counts.size > 0) {
      const seconds = Math.max(1, Math.round((now - this.since) / 1000));
      const parts = [...this.counts].map(([k, n]) => `${k}=${n}`).join(' ');
      this.logger.log(`${this.options.what} in the last ${seconds} s: ${parts}`);
      this.counts.clear();
    }
    this.since = now;
  }
}
