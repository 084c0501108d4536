/**
 * Private Kafka and PostgreSQL instances for fault tests that stop and restart
 * them, started with scripts/services.sh in a run directory and on ports of
 * their own, so the shared instances other tests use are never disturbed.
 */
import { execFile, execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from './processes';
import { repoRoot } from './repo-root';

const SCRIPT = join(repoRoot(), 'scripts', 'services.sh');

function failure(command: string, err: unknown, stderr: string): Error {
  return new Error(
    `scripts/services.sh ${command} failed: ${stderr.slice(-2000) || (err as Error).message}\n` +
      'Fault tests start private Kafka/PostgreSQL instances with this script: it needs Java 17+ and Maven ' +
      '(Kafka) and the PostgreSQL server packages.',
    { cause: err },
  );
}

function run(command: string, env: Record<string, string>): void {
  try {
    execFileSync('bash', [SCRIPT, command], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: 300_000,
    });
  } catch (err) {
    throw failure(command, err, (err as { stderr?: Buffer }).stderr?.toString() ?? '');
  }
}

/** The same without blocking the event loop: a test's feed goes on pushing while a service restarts. */
function runAsync(command: string, env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      'bash',
      [SCRIPT, command],
      { env: { ...process.env, ...env }, timeout: 300_000 },
      (err, _stdout, stderr) => (err ? reject(failure(command, err, String(stderr))) : resolve()),
    );
  });
}

export interface PrivateService {
  url: string;
  start(): void;
  /** start() without blocking the event loop. */
  startAsync(): Promise<void>;
  stop(): void;
  /** SIGKILLs the broker, or the postmaster (its backends are left to notice), as a crash would. */
  kill(): void;
  /** Stops it and deletes its data. */
  destroy(): void;
}

async function privateService(kind: 'kafka' | 'postgres', name: string): Promise<PrivateService> {
  const dir = join(repoRoot(), '.run', 'private', `${kind}-${name}`);
  const port = await freePort();
  // Kafka takes the port after it for its controller: pick one whose neighbour is free too.
  const controller = kind === 'kafka' ? await freePort() : 0;
  const env: Record<string, string> = { NEWS_RUN_DIR: dir };
  let url: string;
  if (kind === 'kafka') {
    env.NEWS_KAFKA_PORT = String(port);
    env.NEWS_KAFKA_CONTROLLER_PORT = String(controller);
    url = `127.0.0.1:${port}`;
  } else {
    env.NEWS_PG_PORT = String(port);
    url = `postgres://news:news@127.0.0.1:${port}/news`;
  }
  // Where the crashing process's PID is: the broker's pid file, the first line of postmaster.pid.
  const pidFile = kind === 'kafka' ? join(dir, 'kafka', 'kafka.pid') : join(dir, 'postgres', 'data', 'postmaster.pid');
  const svc: PrivateService = {
    url,
    start: () => run(`${kind}-up`, env),
    startAsync: () => runAsync(`${kind}-up`, env),
    stop: () => run(`${kind}-down`, env),
    kill: () => process.kill(Number(readFileSync(pidFile, 'utf8').split('\n')[0]), 'SIGKILL'),
    destroy: () => {
      try {
        run(`${kind}-down`, env);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
  svc.start();
  return svc;
}

export const privateKafka = (name: string) => privateService('kafka', name);
export const privatePostgres = (name: string) => privateService('postgres', name);
