/**
 * Runs a service as its own OS process from the built entry point
 * (dist/apps/<name>/src/main.js), for tests that signal or kill it and for
 * the benchmark.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryCgroup, MemoryCgroup } from './cgroup';
import { repoRoot } from './repo-root';
import { waitFor } from './wait';

const ROOT = repoRoot();

export type ServiceName = 'ingest' | 'normaliser' | 'store';

/**
 * Node flags each service runs with, as in its Kubernetes, Compose, Dockerfile
 * and scripts/pipeline.sh commands (tools/harness/service-node-args.spec.ts
 * keeps them equal). Every V8 heap is capped at a share of the container's
 * memory limit (`--max-old-space-size-percentage`: Node reads the limit from
 * the cgroup). V8 applies the flag to each isolate, the normaliser's worker
 * threads included, so its share is per thread: 20 % for the main thread and
 * two workers (docs/operations.md, "Memory"). Ingest's V8 semi-spaces are
 * pinned at 16 MiB: ingest keeps little but allocates a lot, and with the
 * semi-spaces V8 picks itself it starts concurrent marking right after every
 * full collection (figures: docs/ingest.md, "Node flags").
 */
export const SERVICE_NODE_ARGS: Record<ServiceName, string[]> = {
  ingest: ['--max-semi-space-size=16', '--max-old-space-size-percentage=50'],
  normaliser: ['--max-old-space-size-percentage=20'],
  store: ['--max-old-space-size-percentage=50'],
};

/** The extra flags BENCH_SERVICE_NODE_ARGS gives every service (the benchmark records them with its results). */
export function benchServiceNodeArgs(): string[] {
  return (process.env.BENCH_SERVICE_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export interface ServiceProcess {
  name: string;
  url: string;
  /** Where it serves /metrics: a port of its own, not the public one. */
  metricsUrl: string;
  child: ChildProcess;
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** The memory cgroup it runs in (StartOptions.memoryLimitBytes), or null: unconstrained. */
  cgroup: MemoryCgroup | null;
}

export interface StartOptions {
  /** Checkout whose build to run (a baseline built from another git ref); this one by default. */
  root?: string;
  /**
   * Run it in a memory cgroup of this size, as its container would (cgroup.ts); unconstrained where
   * the machine does not allow it (`cgroup` is then null).
   */
  memoryLimitBytes?: number;
  /** Resolve before the service is ready (a test that watches it stay not ready). */
  noWait?: boolean;
  /** Node flags instead of SERVICE_NODE_ARGS (a baseline build runs with its own: serviceNodeArgsOf). */
  nodeArgs?: string[];
}

/** The Node flags a build at `root` runs `name` with (its own SERVICE_NODE_ARGS; none for a build without it). */
export function serviceNodeArgsOf(root: string, name: ServiceName): string[] {
  const built = join(root, 'dist', 'tools', 'harness', 'processes.js');
  if (!existsSync(built)) return [];
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(built) as { SERVICE_NODE_ARGS?: Record<string, string[]> }).SERVICE_NODE_ARGS?.[name] ?? [];
}

let cgroups = 0;

export async function startService(
  name: ServiceName,
  env: Record<string, string>,
  options: StartOptions = {},
): Promise<ServiceProcess> {
  const main = join(options.root ?? ROOT, 'dist', 'apps', name, 'src', 'main.js');
  if (!existsSync(main)) throw new Error(`${main} is missing: run \`npm run build\` first (npm test does)`);
  const port = await freePort();
  const metricsPort = await freePort();
  // BENCH_CPU_PROF_DIR=<dir>: each service writes a V8 CPU profile there when it exits (profile before optimising).
  const profileDir = process.env.BENCH_CPU_PROF_DIR;
  const nodeArgs = profileDir
    ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=${name}-\${pid}.cpuprofile`]
    : [];
  // BENCH_SERVICE_NODE_ARGS="--trace-gc ...": extra node/V8 flags for every service (experiments; V8 refuses
  // most of them in NODE_OPTIONS). Last, so that they override the service's own (V8 takes a flag's last value).
  const cgroup = options.memoryLimitBytes
    ? memoryCgroup(`news-${name}-${process.pid}-${++cgroups}`, options.memoryLimitBytes)
    : null;
  const command = {
    file: process.execPath,
    args: [...nodeArgs, ...(options.nodeArgs ?? SERVICE_NODE_ARGS[name]), ...benchServiceNodeArgs(), main],
  };
  const { file, args } = cgroup ? cgroup.wrap(command.file, command.args) : command;
  const child = spawn(file, args, {
    env: {
      PATH: process.env.PATH ?? '',
      KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '',
      DATABASE_URL: process.env.DATABASE_URL ?? '',
      HOST: '127.0.0.1',
      PORT: String(port),
      METRICS_PORT: String(metricsPort),
      // As in the image (Dockerfile): restarted services load their modules from V8's compile cache.
      NODE_COMPILE_CACHE: join(tmpdir(), 'news-pipeline-compile-cache'),
      // Ingest without API keys, as the harness pushes (docs/ingest.md: development/test only).
      ...(name === 'ingest' ? { INGEST_AUTH_MODE: 'open' } : {}),
      // The store's API without consumer keys, as the harness reads it (docs/api.md: development/test only).
      ...(name === 'store' ? { STORE_AUTH_MODE: 'open' } : {}),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => {
      // Removable once empty; the OOM count stays readable by the caller until then.
      setTimeout(() => cgroup?.remove(), 1_000).unref();
      resolve({ code, signal });
    }),
  );
  const url = `http://127.0.0.1:${port}`;
  const svc = { name, url, metricsUrl: `http://127.0.0.1:${metricsPort}`, child, output: () => out, exited, cgroup };
  if (options.noWait) return svc;
  try {
    await waitFor(
      `${name} ready`,
      async () => {
        if (child.exitCode !== null) throw new Error(`${name} exited: ${out.slice(-2000)}`);
        return (await fetch(`${url}/health/ready`)).ok;
      },
      60_000,
    );
  } catch (err) {
    child.kill('SIGKILL');
    throw new Error(`${name} did not become ready: ${(err as Error).message}\n${out.slice(-3000)}`, { cause: err });
  }
  return svc;
}
