import { writeSync } from 'node:fs';

/**
 * Crash points for fault tests, after the "failpoint" idea of etcd and
 * FoundationDB: a process started with
 *   NEWS_FAILPOINTS="store.before-commit=kill@3"
 * kills itself with SIGKILL the third time it reaches that point, so a test
 * can crash a service at an exact place (inside a transaction, just after its
 * commit) instead of hoping a timed `kill -9` lands there. Unset, a failpoint
 * costs one map lookup. Services refuse to start with failpoints in production
 * (see `failpointProblems`).
 */
export const FAILPOINTS_ENV = 'NEWS_FAILPOINTS';

const SPEC = /^([a-z0-9.-]+)=kill(?:@([1-9][0-9]*))?$/;

interface Armed {
  hitsLeft: number;
}

let armed: Map<string, Armed> | undefined;

/** Parses `name=kill[@N],…`; throws with the offending entry. */
export function parseFailpoints(value: string | undefined): Map<string, Armed> {
  const out = new Map<string, Armed>();
  for (const entry of (value ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
    const m = SPEC.exec(entry);
    if (!m) throw new Error(`${FAILPOINTS_ENV}: "${entry}" is not of the form name=kill or name=kill@N`);
    out.set(m[1], { hitsLeft: m[2] ? Number(m[2]) : 1 });
  }
  return out;
}

/** Start-up check used by config loading: bad syntax, or failpoints in production. */
export function failpointProblems(env: NodeJS.ProcessEnv): string[] {
  const value = env[FAILPOINTS_ENV];
  if (!value) return [];
  if (env.NODE_ENV === 'production') return [`${FAILPOINTS_ENV}: crash points are for fault tests and are refused when NODE_ENV=production`];
  try {
    parseFailpoints(value);
    return [];
  } catch (err) {
    return [(err as Error).message];
  }
}

/**
 * Marks a named point in the code. When armed for this process and its hit
 * count is reached, writes one line to stderr (so a test can tell the crash
 * was the planned one) and dies with SIGKILL: no handlers, no cleanup, exactly
 * like the OOM killer or a node failure.
 */
export function failpoint(name: string): void {
  armed ??= parseFailpoints(process.env[FAILPOINTS_ENV]);
  const point = armed.get(name);
  if (!point) return;
  point.hitsLeft -= 1;
  if (point.hitsLeft > 0) return;
  writeSync(2, `failpoint ${name} fired: SIGKILL\n`);
  process.kill(process.pid, 'SIGKILL');
}
