import { readFileSync } from 'node:fs';

const CLOCK_TICKS = 100; // USER_HZ on Linux

export interface ProcessSample {
  atMs: number;
  cpuSeconds: number;
  rssBytes: number;
}

/** CPU time (user + system) and resident memory of a process, from /proc. */
export function sampleProcess(pid: number): ProcessSample | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may contain spaces) start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return { atMs: Date.now(), cpuSeconds: (utime + stime) / CLOCK_TICKS, rssBytes: rssKb * 1024 };
  } catch {
    return null;
  }
}

export interface ProcessFigures {
  cpuPercent: number;
  /** RSS a fifth into the run (after start-up and JIT), at its end, and the highest sampled. */
  rssStartMb: number;
  rssEndMb: number;
  rssMaxMb: number;
  /** Median RSS from a fifth into the run on: what the process holds while it works. */
  rssSteadyMb: number;
}

/** Samples processes every `intervalMs` until stopped. */
export class ProcessMonitor {
  private readonly samples = new Map<string, ProcessSample[]>();
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly pids: Record<string, number>) {}

  start(intervalMs = 1_000): void {
    const tick = () => {
      for (const [name, pid] of Object.entries(this.pids)) {
        const s = sampleProcess(pid);
        if (s) this.samples.set(name, [...(this.samples.get(name) ?? []), s]);
      }
    };
    tick();
    this.timer = setInterval(tick, intervalMs);
  }

  stop(): Record<string, ProcessFigures> {
    if (this.timer) clearInterval(this.timer);
    const out: Record<string, ProcessFigures> = {};
    for (const [name, s] of this.samples) {
      if (s.length < 2) continue;
      const first = s[0];
      const last = s[s.length - 1];
      const mb = (b: number) => Math.round((b / 1024 / 1024) * 10) / 10;
      // Memory after warm-up: the first fifth of the run is start-up and JIT.
      const warm = s[Math.floor(s.length / 5)];
      const settled = s
        .slice(Math.floor(s.length / 5))
        .map((x) => x.rssBytes)
        .sort((a, b) => a - b);
      out[name] = {
        cpuPercent: Math.round(((last.cpuSeconds - first.cpuSeconds) / ((last.atMs - first.atMs) / 1000)) * 1000) / 10,
        rssStartMb: mb(warm.rssBytes),
        rssEndMb: mb(last.rssBytes),
        rssMaxMb: mb(Math.max(...s.map((x) => x.rssBytes))),
        rssSteadyMb: mb(settled[Math.floor(settled.length / 2)]),
      };
    }
    return out;
  }
}
