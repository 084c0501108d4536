/**
 * Runs a process under a memory limit the way a container runtime does: in a
 * memory cgroup of its own (v2 `memory.max`, or v1 `memory.limit_in_bytes`).
 * Node reads that limit at start (`process.constrainedMemory()`), so heap caps
 * given as a share of it (`--max-old-space-size-percentage`) come out as in
 * the pod, and going over it gets the process OOM-killed as the kubelet's
 * cgroup would. Needs a writable cgroup file system (root on a plain Linux
 * host); where there is none, `memoryCgroup` returns null and callers run the
 * process unconstrained, saying so.
 */
import { existsSync, mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const V2_ROOT = '/sys/fs/cgroup';
const V1_ROOT = '/sys/fs/cgroup/memory';

export interface MemoryCgroup {
  dir: string;
  limitBytes: number;
  /** The command that runs `file args...` inside the cgroup (a shell joins it, then execs the program). */
  wrap(file: string, args: string[]): { file: string; args: string[] };
  /** Times the limit was hit and reclaim did not help (processes killed by the OOM killer). */
  oomKills(): number;
  /**
   * Highest memory use the cgroup saw (RSS and page cache of its processes), in bytes; null where the kernel does not
   * keep it.
   */
  peakBytes(): number | null;
  remove(): void;
}

function writable(dir: string): boolean {
  try {
    const probe = join(dir, `news-probe-${process.pid}`);
    mkdirSync(probe);
    rmdirSync(probe);
    return true;
  } catch {
    return false;
  }
}

function readNumber(file: string, key?: string): number | null {
  try {
    const text = readFileSync(file, 'utf8');
    if (!key) return Number(text.trim());
    const m = new RegExp(`^${key} (\\d+)$`, 'm').exec(text);
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/** A new memory cgroup limited to `limitBytes`, or null when this machine does not let us create one. */
export function memoryCgroup(name: string, limitBytes: number): MemoryCgroup | null {
  const v2 = existsSync(join(V2_ROOT, 'cgroup.controllers'));
  const root = v2 ? V2_ROOT : V1_ROOT;
  if (!existsSync(root) || !writable(root)) return null;
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  try {
    if (v2) {
      writeFileSync(join(dir, 'memory.max'), String(limitBytes));
      // No swap: a container without swap is OOM-killed at its limit instead of slowing down.
      if (existsSync(join(dir, 'memory.swap.max'))) writeFileSync(join(dir, 'memory.swap.max'), '0');
    } else {
      writeFileSync(join(dir, 'memory.limit_in_bytes'), String(limitBytes));
    }
  } catch {
    rmdirSync(dir);
    return null;
  }
  const procs = join(dir, 'cgroup.procs');
  return {
    dir,
    limitBytes,
    wrap: (file, args) => ({ file: '/bin/sh', args: ['-c', `echo $$ > '${procs}' && exec "$0" "$@"`, file, ...args] }),
    oomKills: () =>
      (v2
        ? readNumber(join(dir, 'memory.events'), 'oom_kill')
        : readNumber(join(dir, 'memory.oom_control'), 'oom_kill')) ?? 0,
    peakBytes: () => readNumber(join(dir, v2 ? 'memory.peak' : 'memory.max_usage_in_bytes')),
    remove: () => {
      try {
        rmdirSync(dir);
      } catch {
        // Still has a process (a child that outlived its parent): the kernel removes nothing; left for the next run.
      }
    },
  };
}

/** `512Mi`, `1Gi`, `768M`, `1048576` → bytes (Kubernetes quantity suffixes). */
export function quantityBytes(q: string): number {
  const m = /^(\d+(?:\.\d+)?)(Ki|Mi|Gi|Ti|k|M|G|T)?$/.exec(q.trim());
  if (!m) throw new Error(`not a memory quantity: ${q}`);
  const unit = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, k: 1e3, M: 1e6, G: 1e9, T: 1e12 }[m[2] ?? ''] ?? 1;
  return Math.round(Number(m[1]) * unit);
}
