/*
 * Chaos run: the whole pipeline as processes (two replicas of each consumer,
 * static group members) on a private Kafka and PostgreSQL, open-loop traffic
 * through ingest, and every `--every` seconds one fault picked at random
 * (bench/chaos/faults.ts: broker kill -9, postmaster kill -9 once or five
 * times 6 s apart, a consumer SIGSTOPped past its session timeout, a store
 * killed twice 10 s apart, ingest kill -9, a consumer kill -9 and restart).
 * Then every reply is reconciled against the database and the topics, as the
 * fault tests do, and the figures go to bench/results/chaos-latest.json
 * (table for docs/reliability.md on stdout).
 *   npm run build && npm run bench:chaos -- --minutes 10 --rate 50 --every 45
 * Needs Java, Maven and the PostgreSQL server packages (scripts/services.sh).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { Client } from 'pg';
import { KafkaEnv, loadConfig } from '@news/config';
import { applyMigrations } from '@news/database';
import { createKafkaClient } from '@news/kafka';
import { privateKafka, privatePostgres, PrivateService } from '../../tools/harness/private-services';
import { ServiceName, ServiceProcess, startService } from '../../tools/harness/processes';
import { firstProblems, openWindows, reconcile, replySummary } from '../../tools/harness/reconcile';
import { repoRoot } from '../../tools/harness/repo-root';
import { ChaosPipeline, CONSUMERS, FAULT_KINDS, FaultKind, FaultRecord, runFault } from './faults';
import { faultTable, summarise } from './report';
import { startTraffic } from './traffic';

const log = (m: string) => process.stderr.write(`[chaos ${new Date().toISOString()}] ${m}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Faults in a shuffled deck, reshuffled when used up: random, and every kind comes up in a run of any length. */
function deck(random: () => number): () => FaultKind {
  let cards: FaultKind[] = [];
  return () => {
    if (cards.length === 0) {
      cards = [...FAULT_KINDS];
      for (let i = cards.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [cards[i], cards[j]] = [cards[j], cards[i]];
      }
    }
    return cards.pop()!;
  };
}

async function startPipeline(run: string, kafka: PrivateService, pg: PrivateService): Promise<ChaosPipeline> {
  const common = { KAFKA_BROKERS: kafka.url, KAFKA_START_FROM: 'earliest', LOG_LEVEL: 'warn' };
  const groupOf = (role: string) => `chaos-${role.split('-')[0]}-${run}`;
  const envOf = (role: string): Record<string, string> => {
    if (role === 'ingest') return { ...common, DATABASE_URL: pg.url };
    const store: Record<string, string> = role.startsWith('store') ? { DATABASE_URL: pg.url } : {};
    return { ...common, ...store, KAFKA_GROUP_ID: groupOf(role), KAFKA_GROUP_INSTANCE_ID: `${role}-${run}` };
  };
  const procs = new Map<string, ServiceProcess>();
  const p: ChaosPipeline = {
    kafka,
    pg,
    procs,
    start: async (role, extra = {}) => {
      const proc = await startService(role.split('-')[0] as ServiceName, { ...envOf(role), ...extra });
      procs.set(role, proc);
      return proc;
    },
    groupOf,
    admin: async () => {
      const { kafka: env } = loadConfig({ kafka: KafkaEnv }, { KAFKA_BROKERS: kafka.url });
      const admin = createKafkaClient(env, 'chaos').admin();
      await admin.connect();
      return admin;
    },
    random: Math.random,
    log,
  };
  for (const role of [...CONSUMERS, 'ingest']) await p.start(role);
  return p;
}

function commit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot() }).toString().trim();
  } catch {
    return 'unknown';
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      minutes: { type: 'string', default: '10' },
      rate: { type: 'string', default: '50' },
      every: { type: 'string', default: '45' },
    },
  });
  const minutes = Number(values.minutes);
  const rate = Number(values.rate);
  const everyMs = Number(values.every) * 1_000;
  const run = randomUUID().slice(0, 8);
  const sourceId = `chaos-${run}`;
  log(`starting a private Kafka and PostgreSQL, and the pipeline (run ${run})`);
  const kafka = await privateKafka(`chaos-${run}`);
  const pg = await privatePostgres(`chaos-${run}`);
  const loads: number[] = [];
  const loadTimer = setInterval(() => loads.push(loadavg()[0]), 15_000);
  let p: ChaosPipeline | undefined;
  try {
    await applyMigrations(pg.url);
    p = await startPipeline(run, kafka, pg);
    const windows = await openWindows(kafka.url);
    const pipeline = p;
    const traffic = startTraffic({ ingestUrl: () => pipeline.procs.get('ingest')!.url, sourceId, ratePerSecond: rate });
    log(`pushing ${rate}/s for ${minutes} min, a fault every ${everyMs / 1_000} s`);
    const startedAt = Date.now();
    const endAt = startedAt + minutes * 60_000;
    const next = deck(Math.random);
    const faults: FaultRecord[] = [];
    for (let slot = 1; startedAt + slot * everyMs < endAt; slot++) {
      await sleep(Math.max(0, startedAt + slot * everyMs - Date.now()));
      const kind = next();
      log(`fault ${slot}: ${kind}`);
      faults.push(await runFault(p, kind));
    }
    await sleep(Math.max(0, endAt - Date.now()));
    log('traffic stops; waiting for the last pushes and for the pipeline to settle');
    await traffic.stop();
    const db = new Client({ connectionString: pg.url });
    await db.connect();
    const reconciliation = await reconcile({
      db,
      sourceId,
      expected: traffic.expected,
      replies: traffic.replies,
      windows,
      undelivered: traffic.undelivered,
      settleMs: 600_000,
    });
    await db.end();
    const clean = Object.values(reconciliation).every((v) => v.length === 0);
    const summary = summarise(faults, traffic.replies);
    const report = {
      run,
      commit: commit(),
      date: new Date().toISOString(),
      minutes,
      ratePerSecond: rate,
      faultEverySeconds: everyMs / 1_000,
      machine: {
        cpus: cpus().length,
        loadAverage1m: { mean: loads.reduce((a, b) => a + b, 0) / Math.max(1, loads.length), max: Math.max(...loads) },
      },
      pushed: traffic.pushed,
      stories: traffic.expected.size,
      replies: replySummary(traffic.replies),
      problems: Object.fromEntries(Object.entries(reconciliation).map(([k, v]) => [k, (v as string[]).length])),
      firstProblems: firstProblems(reconciliation),
      summary,
      faults,
    };
    const dir = join(repoRoot(), 'bench', 'results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'chaos-latest.json'), `${JSON.stringify(report, null, 2)}\n`);
    process.stdout.write(
      `${faultTable(summary.rows)}\n\n` +
        `${JSON.stringify({ ...report, faults: undefined, summary: { ...summary, rows: undefined } }, null, 2)}\n`,
    );
    if (!clean) process.exitCode = 1;
  } finally {
    clearInterval(loadTimer);
    for (const proc of p?.procs.values() ?? []) if (proc.child.exitCode === null) proc.child.kill('SIGKILL');
    kafka.destroy();
    pg.destroy();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`chaos run failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
