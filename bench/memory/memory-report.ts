/** The normaliser memory benchmark's Markdown table: one row per run, RSS and per-thread heap beside the limit. */
import type { ProcessFigures } from '../../tools/harness/process-stats';
import type { ThreadHeapFigures } from './thread-heaps';

export interface MemoryRun {
  variant: string;
  nodeArgs: string[];
  rate: number;
  seconds: number;
  published: number;
  normalised: number;
  latencyMs: Record<string, number>;
  process?: ProcessFigures;
  threadHeaps: Record<string, ThreadHeapFigures>;
  /** null: run unconstrained. */
  limit: { bytes: number; enforced: boolean; oomKills: number } | null;
  exitedEarly: boolean;
  /** 1, 5 and 15-minute load averages when the run ended (the machine may be shared with other work). */
  loadAverage: number[];
}

const n = (v: number | undefined) => (typeof v === 'number' ? v.toLocaleString('en-US') : '—');

function limitCell(r: MemoryRun): string {
  if (!r.limit) return 'none';
  const mb = Math.round(r.limit.bytes / 2 ** 20);
  if (!r.limit.enforced) return `${mb} MiB (not enforced: no writable cgroup)`;
  return `${mb} MiB cgroup, ${r.limit.oomKills} OOM kills`;
}

export function renderMemoryTable(result: {
  date: string;
  commit: string;
  machine: { cpus: number; cpuModel?: string };
  runs: MemoryRun[];
}): string {
  const rows = result.runs.map((r) => {
    const heaps = Object.entries(r.threadHeaps)
      .map(([thread, h]) => `${thread} ${h.medianMb} (max ${h.maxMb})`)
      .join(', ');
    return [
      `${r.variant}${r.nodeArgs.length ? ` \`${r.nodeArgs.join(' ')}\`` : ''}`,
      `${r.rate}/s × ${r.seconds} s`,
      `${n(r.normalised)} of ${n(r.published)}${r.exitedEarly ? ' (process died)' : ''}`,
      `${n(r.process?.rssSteadyMb)} / ${n(r.process?.rssMaxMb)} MB`,
      heaps || '—',
      `p50 ${n(r.latencyMs.p50)}, p99 ${n(r.latencyMs.p99)} ms`,
      limitCell(r),
      `${n(r.process?.cpuPercent)} %`,
      r.loadAverage.join(' '),
    ];
  });
  return [
    `Normaliser memory, ${result.date}, commit ${result.commit}: ${result.machine.cpus} × ` +
      `${result.machine.cpuModel ?? 'CPU'} shared with other work (load average at each run's end).`,
    '',
    '| build | load | normalised | RSS steady / peak | heap used per thread, MB (median, max) | raw → ' +
      'normalised | limit | CPU | load avg 1/5/15 min |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows.map((c) => `| ${c.join(' | ')} |`),
  ].join('\n');
}
