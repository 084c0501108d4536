/**
 * Cleaning time of pathological bodies (pathological-cleaning/cases.ts), one child
 * process per case and tree, so one case's heap and JIT state never reach another:
 *
 *   npm run --silent bench:pathological-cleaning [-- --baseline <git ref>] [--runs N] [--only <substring>]
 *
 * With --baseline, the ref is checked out in a temporary git worktree and
 * each case runs there and here alternately; the table gives both medians
 * and their ratio. Prints JSON, then a table. Times are wall-clock
 * milliseconds of cleanArticle alone, after a warm-up on a normal article.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import * as os from 'node:os';
import { join, resolve } from 'node:path';
import { CASES } from './pathological-cleaning/cases';

const repoRoot = resolve(__dirname, '..');
const args = process.argv.slice(2);
const arg = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
/** A case slower than this on one tree gets no more runs there: a slow baseline must not take the whole run. */
const RUN_BUDGET_MS = 20_000;

interface Run {
  times: number[];
  words?: number;
  flags?: string[];
  error?: string;
  /** Set when the child was stopped at its time budget (the case took longer than that). */
  timedOutMs?: number;
}

function runCase(tree: string, index: number, runs: number): Run {
  const tsx = join(repoRoot, 'node_modules', 'tsx', 'dist', 'loader.mjs');
  const timeout = RUN_BUDGET_MS * runs + 30_000;
  const res = spawnSync(
    process.execPath,
    [
      '--import',
      tsx,
      join(repoRoot, 'bench', 'pathological-cleaning', 'run-case.ts'),
      tree,
      String(index),
      String(runs),
    ],
    {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout,
      maxBuffer: 1 << 20,
    },
  );
  if (res.error && 'code' in res.error && res.error.code === 'ETIMEDOUT') return { times: [], timedOutMs: timeout };
  if (res.status !== 0)
    return { times: [], error: (res.stderr || String(res.error)).split('\n').slice(0, 3).join(' ') };
  return JSON.parse(res.stdout.trim().split('\n').pop()!) as Run;
}

/** A worktree of `ref` in a temporary directory, sharing this checkout's node_modules. */
function baselineTree(ref: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(os.tmpdir(), 'cleaning-baseline-'));
  execFileSync('git', ['worktree', 'add', '--detach', dir, ref], { cwd: repoRoot, stdio: 'ignore' });
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'));
  return {
    dir,
    remove: () => {
      execFileSync('git', ['worktree', 'remove', '--force', dir], { cwd: repoRoot, stdio: 'ignore' });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const median = (xs: number[]) => (xs.length === 0 ? NaN : [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]);
const fmt = (r: Run | undefined) =>
  !r ? '' : r.timedOutMs ? `> ${r.timedOutMs / 1000} s (stopped)` : r.error ? 'error' : median(r.times).toFixed(0);

function main(): void {
  const runs = Number(arg('--runs') ?? 3);
  const ref = arg('--baseline');
  const only = arg('--only');
  const baseline = ref ? baselineTree(ref) : undefined;
  const rows: { name: string; current: Run; baseline?: Run }[] = [];
  try {
    CASES.forEach((c, i) => {
      if (only && !c.name.includes(only)) return;
      // Alternate: baseline first, then this tree, so drift in the machine's load hits both.
      const base = baseline ? runCase(baseline.dir, i, runs) : undefined;
      rows.push({ name: c.name, current: runCase(repoRoot, i, runs), baseline: base });
    });
  } finally {
    baseline?.remove();
  }
  const loadAverage = os.loadavg().map((x) => Math.round(x * 100) / 100);
  const summary = { node: process.version, cpus: os.cpus().length, loadAverage, baseline: ref ?? null, runs, rows };
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n\n`);
  process.stdout.write(
    `| case | ms (median of ${runs}) | words | flags |${ref ? ` ${ref} ms | ratio |` : ''}\n| --- | --- | --- | ` +
      `--- |${ref ? ' --- | --- |' : ''}\n`,
  );
  for (const r of rows) {
    const ratio = median(r.current.times) / (r.baseline ? median(r.baseline.times) : NaN);
    const extra = ref ? ` ${fmt(r.baseline)} | ${Number.isNaN(ratio) ? '-' : ratio.toFixed(2)} |` : '';
    process.stdout.write(
      `| ${r.name} | ${fmt(r.current)} | ${r.current.words ?? '-'} | ` +
        `${(r.current.flags ?? [r.current.error ?? '']).join(', ')} |${extra}\n`,
    );
  }
}

main();
