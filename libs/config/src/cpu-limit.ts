import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';

/** Where the kernel states a container's CPU quota: cgroup v2, then v1. */
const CGROUP_FILES = { v2: '/sys/fs/cgroup/cpu.max', v1Quota: '/sys/fs/cgroup/cpu/cpu.cfs_quota_us', v1Period: '/sys/fs/cgroup/cpu/cpu.cfs_period_us' };

type Read = (path: string) => string | undefined;

const readOrUndefined: Read = (path) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};

/** The CPU quota of this process's cgroup in cores (`2` for a Kubernetes limit of 2000m), or undefined when unlimited. */
export function cgroupCpuQuota(read: Read = readOrUndefined): number | undefined {
  const v2 = read(CGROUP_FILES.v2)?.trim().split(/\s+/);
  if (v2 && v2[0] !== 'max' && Number(v2[0]) > 0 && Number(v2[1]) > 0) return Number(v2[0]) / Number(v2[1]);
  const quota = Number(read(CGROUP_FILES.v1Quota)?.trim());
  const period = Number(read(CGROUP_FILES.v1Period)?.trim());
  return quota > 0 && period > 0 ? quota / period : undefined;
}

/**
 * Cores this process may use: the CPUs it can run on, capped by its
 * container's CPU limit. Node's availableParallelism() sees the node's
 * CPUs, not the limit, so a pod limited to 2 cores on a 32-core node would
 * otherwise start 32 worker threads.
 */
export function usableCores(read: Read = readOrUndefined): number {
  const quota = cgroupCpuQuota(read);
  const cpus = availableParallelism();
  return Math.max(1, quota === undefined ? cpus : Math.min(cpus, Math.ceil(quota)));
}
