/**
 * Process faults against the real Kafka and PostgreSQL, each service a real
 * process, under a feed pushing articles (updates and kills among them) that
 * retries as docs/ingest.md asks: `kill -9` the normaliser, the store, the
 * store twice 10 s apart, ingest; `SIGSTOP` a normaliser past the session
 * timeout. Consumers are static group members (KAFKA_GROUP_INSTANCE_ID), so a
 * restarted process takes its predecessor's partitions as soon as it joins.
 * After each, every reply is reconciled against the database and the topics:
 * no 202 lost, nothing twice, nothing dead-lettered, no 5xx but a 503 with
 * Retry-After and its outcome, no raw event a reply did not allow.
 */
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { TOPICS } from '@news/contracts';
import { startGroupAtEnd } from '../../tools/harness/consumer-groups';
import { startFaultRun } from '../../tools/harness/fault-run';
import { ServiceName, ServiceProcess, startService } from '../../tools/harness/processes';
import { firstProblems, NO_PROBLEMS } from '../../tools/harness/reconcile';
import { waitFor } from '../support/pipeline';

const FAULT_TEST_TIMEOUT_MS = 240_000;
const RATE = 15;

describe('crash recovery (services as processes)', () => {
  const run = randomUUID().slice(0, 8);
  const groups = { normaliser: `fault-normaliser-${run}`, store: `fault-store-${run}` };
  const common = { KAFKA_START_FROM: 'earliest', LOG_LEVEL: 'warn' };
  let db: Client;
  /** The running processes by role; a restarted one takes its predecessor's place (and instance id). */
  const procs = new Map<string, ServiceProcess>();
  const instanceEnv: Record<string, Record<string, string>> = {
    store: { ...common, KAFKA_GROUP_ID: groups.store, KAFKA_GROUP_INSTANCE_ID: `store-${run}` },
    'normaliser-0': { ...common, KAFKA_GROUP_ID: groups.normaliser, KAFKA_GROUP_INSTANCE_ID: `normaliser-0-${run}` },
    'normaliser-1': { ...common, KAFKA_GROUP_ID: groups.normaliser, KAFKA_GROUP_INSTANCE_ID: `normaliser-1-${run}` },
    ingest: common,
  };
  const serviceOf = (role: string) => role.split('-')[0] as ServiceName;
  const proc = (role: string) => procs.get(role)!;
  const start = async (role: string) => procs.set(role, await startService(serviceOf(role), instanceEnv[role]));
  const kill = async (role: string) => {
    proc(role).child.kill('SIGKILL');
    await proc(role).exited;
  };
  const feed = (name: string, articles: number) =>
    startFaultRun({
      db,
      sourceId: `fault-${name}-${run}`,
      articles,
      ingestUrl: () => proc('ingest').url,
      ratePerSecond: RATE,
    });

  beforeAll(async () => {
    db = new Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    // Groups start at the topics' current end; a restarted member resumes from what was committed.
    await startGroupAtEnd(groups.normaliser, TOPICS.articlesRaw.name);
    await startGroupAtEnd(groups.store, TOPICS.articlesNormalised.name);
    for (const role of ['store', 'normaliser-0', 'normaliser-1', 'ingest']) await start(role);
  });

  afterAll(async () => {
    for (const p of procs.values())
      if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
    await db?.end();
  });

  for (const victim of ['normaliser-0', 'store'] as const) {
    it(
      `${victim} kill -9 mid-stream and restart`,
      async () => {
        const f = await feed(`kill-${victim}`, 120);
        await f.answered(40);
        await kill(victim);
        await start(victim);
        const { reconciliation } = await f.finish();
        expect(firstProblems(reconciliation)).toEqual(NO_PROBLEMS);
      },
      FAULT_TEST_TIMEOUT_MS,
    );
  }

  it(
    'store killed twice, 10 s apart, restarted each time',
    async () => {
      const f = await feed('double-store-kill', 200);
      await f.answered(30);
      await kill('store');
      await start('store');
      const firstKill = Date.now();
      await new Promise((r) => setTimeout(r, Math.max(0, 10_000 - (Date.now() - firstKill))));
      await kill('store');
      await start('store');
      const { reconciliation } = await f.finish();
      expect(firstProblems(reconciliation)).toEqual(NO_PROBLEMS);
    },
    FAULT_TEST_TIMEOUT_MS,
  );

  it(
    'a normaliser stopped (SIGSTOP) past the session timeout: the other takes its partitions',
    async () => {
      const stopped = proc('normaliser-1');
      const f = await feed('sigstop', 120);
      await f.answered(20);
      stopped.child.kill('SIGSTOP');
      try {
        // Everything is stored while it is still stopped: its partitions went to the healthy replica.
        const { reconciliation } = await f.finish();
        expect(firstProblems(reconciliation)).toEqual(NO_PROBLEMS);
      } finally {
        stopped.child.kill('SIGCONT');
      }
      // Back, it rejoins without undoing or repeating anything (its unfinished batch was not committed).
      await waitFor(
        'the resumed normaliser to be ready again',
        async () => (await fetch(`${stopped.url}/health/ready`)).ok,
        60_000,
      );
    },
    FAULT_TEST_TIMEOUT_MS,
  );

  it(
    'ingest kill -9 under load: requests cut off are retried, none doubled',
    async () => {
      const f = await feed('ingest-kill', 120);
      await f.answered(40);
      await kill('ingest');
      await start('ingest');
      const { reconciliation, summary } = await f.finish();
      expect(firstProblems(reconciliation)).toEqual(NO_PROBLEMS);
      process.stderr.write(`ingest kill -9 replies: ${JSON.stringify(summary)}\n`);
    },
    FAULT_TEST_TIMEOUT_MS,
  );
});
