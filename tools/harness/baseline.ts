import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './repo-root';

/**
 * A build of git `ref` in .run/bench-baseline-<ref> (a detached worktree,
 * node_modules shared with this checkout), for benchmarks that measure it
 * side by side with the current build on the same machine in the same minutes.
 */
export function baselineRoot(ref: string, root = repoRoot()): string {
  const dir = join(root, '.run', `bench-baseline-${ref.replace(/[^A-Za-z0-9._-]/g, '_')}`);
  if (!existsSync(dir)) {
    mkdirSync(join(root, '.run'), { recursive: true });
    execFileSync('git', ['worktree', 'add', '--detach', dir, ref], { cwd: root, stdio: 'inherit' });
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  }
  execFileSync('npm', ['run', '-s', 'build'], { cwd: dir, stdio: 'inherit' });
  return dir;
}
