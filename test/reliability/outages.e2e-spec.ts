/**
 * Outages of the infrastructure, on private Kafka / PostgreSQL instances so
 * the shared ones stay up for other tests:
 *  - the broker restarts while ingest takes traffic: ingest answers 503 during
 *    the outage (never a 202 that is later lost), and afterwards every accepted
 *    article arrives;
 *  - PostgreSQL stops for 30 s while the store consumes: nothing is committed
 *    past the outage, everything is stored after it, nothing is dead-lettered.
 */
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { applyMigrations } from '@news/database';
import { privateKafka, privatePostgres, PrivateService } from '../../tools/harness/private-services';
import { ServiceProcess, startService } from '../../tools/harness/processes';
import { waitFor } from '../support/pipeline';
import { makeWorkload, problemsOf, pushWaves, settledDiff } from '../../tools/harness/workload';

const ARTICLES = 200;

// Fault scenarios push hundreds of articles through real processes on a 2-core machine.
const FAULT_TEST_TIMEOUT_MS = 300_000;

describe('infrastructure outages (services as processes)', () => {
  const running: ServiceProcess[] = [];
  const privates: PrivateService[] = [];

  afterEach(() => {
    for (const p of running.splice(0)) if (p.child.exitCode === null) p.child.kill('SIGKILL');
    for (const s of privates.splice(0)) s.destroy();
  });

  it('ingest answers 503 while the broker is down and loses no accepted article', async () => {
    const run = randomUUID().slice(0, 8);
    const kafka = await privateKafka(run);
    privates.push(kafka);
    const env = {
      KAFKA_BROKERS: kafka.url,
      KAFKA_START_FROM: 'earliest',
      LOG_LEVEL: 'warn',
      KAFKA_PRODUCE_TIMEOUT_MS: '3000',
      KAFKA_SESSION_TIMEOUT_MS: '10000',
    };
    running.push(await startService('store', { ...env, KAFKA_GROUP_ID: `outage-store-${run}` }));
    const normaliser = await startService('normaliser', { ...env, KAFKA_GROUP_ID: `outage-norm-${run}` });
    running.push(normaliser);
    const ingest = await startService('ingest', env);
    running.push(ingest);

    const sourceId = `outage-kafka-${run}`;
    const { waves, expected } = makeWorkload(sourceId, ARTICLES);
    const statuses: number[] = [];
    const pushing = pushWaves(ingest.url, sourceId, waves, {}, 4, (status) => statuses.push(status));
    await waitFor('pushes under way', async () => statuses.filter((s) => s === 202).length >= 40);
    kafka.stop();
    const down = await waitFor('ingest to refuse with 503', async () => statuses.slice(-5).every((s) => s === 503), 30_000);
    expect(down).toBe(true);
    // Ingest's producer and the normaliser's group membership are gone: both report not ready.
    await waitFor('ingest not ready', async () => (await fetch(`${ingest.url}/health/ready`)).status === 503, 20_000);
    await waitFor('normaliser not ready', async () => (await fetch(`${normaliser.url}/health/ready`)).status === 503, 40_000);
    await new Promise((r) => setTimeout(r, 2_000));
    kafka.start();
    const pushed = await pushing;

    expect(statuses).toContain(503);
    expect(statuses.filter((s) => s !== 202 && s !== 503 && s !== 0)).toEqual([]);
    expect(pushed.accepted).toBe(waves.reduce((n, w) => n + w.length, 0));

    const db = new Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    try {
      const diff = await settledDiff(db, sourceId, expected, 180_000);
      expect(problemsOf(diff)).toEqual({ missing: [], duplicated: [], wrong: [] });
    } finally {
      await db.end();
    }
  }, FAULT_TEST_TIMEOUT_MS);

  it('the store waits out a 30 s PostgreSQL outage without losing or dead-lettering anything', async () => {
    const run = randomUUID().slice(0, 8);
    const pg = await privatePostgres(run);
    privates.push(pg);
    await applyMigrations(pg.url);

    const common = { KAFKA_START_FROM: 'latest', LOG_LEVEL: 'warn', KAFKA_MAX_ATTEMPTS: '3', KAFKA_RETRY_MAX_BACKOFF_MS: '2000' };
    const store = await startService('store', { ...common, DATABASE_URL: pg.url, KAFKA_GROUP_ID: `outage-pgstore-${run}` });
    running.push(store);
    running.push(await startService('normaliser', { ...common, KAFKA_GROUP_ID: `outage-pgnorm-${run}` }));
    const ingest = await startService('ingest', common);
    running.push(ingest);

    const sourceId = `outage-pg-${run}`;
    const { waves, expected } = makeWorkload(sourceId, ARTICLES);
    const db = () => new Client({ connectionString: pg.url });
    const count = async () => {
      const c = db();
      await c.connect();
      try {
        return (await c.query<{ n: number }>('SELECT count(*)::int AS n FROM articles WHERE source_id = $1', [sourceId])).rows[0].n;
      } finally {
        await c.end();
      }
    };
    await pushWaves(ingest.url, sourceId, [waves[0].slice(0, 50)]);
    await waitFor('the first articles stored', async () => (await count()) >= 20, 60_000);
    pg.stop();
    const outageStarted = Date.now();
    await pushWaves(ingest.url, sourceId, [waves[0].slice(50), waves[1], waves[2]]);
    await new Promise((r) => setTimeout(r, Math.max(0, 30_000 - (Date.now() - outageStarted))));
    // Store is alive but not ready while its database is away.
    expect(store.child.exitCode).toBeNull();
    expect((await fetch(`${store.url}/health/ready`)).status).toBe(503);
    pg.start();

    const c = db();
    await c.connect();
    try {
      const diff = await settledDiff(c, sourceId, expected, 180_000);
      expect(problemsOf(diff)).toEqual({ missing: [], duplicated: [], wrong: [] });
    } finally {
      await c.end();
    }
    expect(store.output()).not.toMatch(/dead-lettered/);
  }, FAULT_TEST_TIMEOUT_MS);
});
