/**
 * Fault scenarios against the real Kafka and PostgreSQL, with each service a
 * real process: `kill -9` the normaliser mid-stream, then the store mid-batch,
 * restart it, and check that every accepted article is stored exactly once,
 * at its latest version, with kills applied and nothing extra.
 */
import { randomUUID } from 'node:crypto';
import { TOPICS } from '@news/contracts';
import { startGroupAtEnd } from '../../tools/harness/consumer-groups';
import { Client } from 'pg';
import { startService, ServiceProcess } from '../../tools/harness/processes';
import { waitFor } from '../support/pipeline';
import { makeWorkload, problemsOf, pushWaves, settledDiff } from '../../tools/harness/workload';

const ARTICLES = 300;

// Fault scenarios push hundreds of articles through real processes on a 2-core machine.
const FAULT_TEST_TIMEOUT_MS = 300_000;

describe('crash recovery (services as processes, kill -9)', () => {
  let db: Client;
  const running: ServiceProcess[] = [];

  beforeAll(async () => {
    db = new Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
  });

  afterEach(() => {
    for (const p of running.splice(0)) if (p.child.exitCode === null) p.child.kill('SIGKILL');
  });

  afterAll(async () => {
    await db?.end();
  });

  async function pipeline(run: string) {
    // Groups start at the topics' current end; a restarted member resumes from what was committed.
    const common = { KAFKA_START_FROM: 'earliest', LOG_LEVEL: 'warn' };
    const groups = { normaliser: `fault-normaliser-${run}`, store: `fault-store-${run}` };
    await startGroupAtEnd(groups.normaliser, TOPICS.articlesRaw.name);
    await startGroupAtEnd(groups.store, TOPICS.articlesNormalised.name);
    const store = await startService('store', { ...common, KAFKA_GROUP_ID: groups.store });
    const normaliser = await startService('normaliser', { ...common, KAFKA_GROUP_ID: groups.normaliser });
    const ingest = await startService('ingest', common);
    running.push(store, normaliser, ingest);
    return { store, normaliser, ingest, groups, common };
  }

  for (const victim of ['normaliser', 'store'] as const) {
    it(`loses and doubles nothing when the ${victim} is killed with SIGKILL mid-stream`, async () => {
      const run = randomUUID().slice(0, 8);
      const sourceId = `fault-${victim}-${run}`;
      const p = await pipeline(run);
      const { waves, expected } = makeWorkload(sourceId, ARTICLES);

      const pushing = pushWaves(p.ingest.url, sourceId, waves);
      // Kill once the victim has done some of the work, while the push goes on.
      await waitFor('some articles stored', async () => {
        const r = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM articles WHERE source_id = $1', [sourceId]);
        return r.rows[0].n >= 30;
      }, 60_000);
      p[victim].child.kill('SIGKILL');
      await p[victim].exited;
      await new Promise((r) => setTimeout(r, 1_000));
      const restarted = await startService(victim, { ...p.common, KAFKA_GROUP_ID: p.groups[victim] });
      running.push(restarted);

      const result = await pushing;
      const total = waves.reduce((n, w) => n + w.length, 0);
      expect(result.accepted).toBe(total);

      const diff = await settledDiff(db, sourceId, expected, 120_000);
      expect(problemsOf(diff)).toEqual({ missing: [], duplicated: [], wrong: [] });
      expect(diff.stored).toBe(ARTICLES);
    }, FAULT_TEST_TIMEOUT_MS);
  }
});
