import { availableParallelism } from 'node:os';
import { cgroupCpuQuota, usableCores } from './cpu-limit';

const files = (entries: Record<string, string>) => (path: string) => entries[path];

describe('usableCores', () => {
  it('reads a cgroup v2 limit', () => {
    expect(cgroupCpuQuota(files({ '/sys/fs/cgroup/cpu.max': '200000 100000\n' }))).toBe(2);
    expect(cgroupCpuQuota(files({ '/sys/fs/cgroup/cpu.max': 'max 100000\n' }))).toBeUndefined();
  });

  it('reads a cgroup v1 limit', () => {
    const v1 = files({ '/sys/fs/cgroup/cpu/cpu.cfs_quota_us': '150000', '/sys/fs/cgroup/cpu/cpu.cfs_period_us': '100000' });
    expect(cgroupCpuQuota(v1)).toBe(1.5);
    expect(cgroupCpuQuota(files({ '/sys/fs/cgroup/cpu/cpu.cfs_quota_us': '-1', '/sys/fs/cgroup/cpu/cpu.cfs_period_us': '100000' }))).toBeUndefined();
  });

  it('caps the CPUs by the limit, rounding a fraction up, and never goes below one', () => {
    expect(usableCores(files({ '/sys/fs/cgroup/cpu.max': '50000 100000' }))).toBe(1);
    expect(usableCores(files({}))).toBe(availableParallelism());
    expect(usableCores(files({ '/sys/fs/cgroup/cpu.max': `${100000 * 1000} 100000` }))).toBe(availableParallelism());
  });
});
