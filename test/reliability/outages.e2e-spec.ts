/**
 * Outages of the infrastructure, on private Kafka / PostgreSQL instances so
 * the shared ones stay up for other tests, under a feed that retries as
 * docs/ingest.md asks:
 *  - the broker is killed (`kill -9`) and restarted: ingest answers 503 with
 *    the right outcome while it is away (`not-accepted` for what was never
 *    sent, `unknown` for what was), never 500;
 *  - PostgreSQL stops for 15 s, its postmaster is killed once, then five times
 *    about 6 s apart: ingest keeps answering 2xx without its receipt database
 *    and stays ready; the store waits each outage out, counting no failed
 *    attempt and dead-lettering nothing.
 * Every reply is reconciled against the database and the topics
 * (tools/harness/reconcile.ts).
 */
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { TOPICS } from '@news/contracts';
import { applyMigrations } from '@news/database';
import { startGroupAtEnd } from '../../tools/harness/consumer-groups';
import { startFaultRun } from '../../tools/harness/fault-run';
import { privateKafka, privatePostgres, PrivateService } from '../../tools/harness/private-services';
import { ServiceProcess, startService } from '../../tools/harness/processes';
import { firstProblems, NO_PROBLEMS } from '../../tools/harness/reconcile';
import { waitFor } from '../support/pipeline';

const FAULT_TEST_TIMEOUT_MS = 300_000;
const RATE = 15;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('broker killed (services as processes, private Kafka)', () => {
  const running: ServiceProcess[] = [];
  let kafka: PrivateService | undefined;
  let db: Client;

  afterAll(async () => {
    for (const p of running) if (p.child.exitCode === null) p.child.kill('SIGKILL');
    kafka?.destroy();
    await db?.end();
  });

  it(
    'ingest answers 503 with the right outcome while the broker is away; nothing accepted is lost or doubled',
    async () => {
      const run = randomUUID().slice(0, 8);
      kafka = await privateKafka(run);
      db = new Client({ connectionString: process.env.DATABASE_URL });
      await db.connect();
      // Short bounds, so both outcomes happen within a broker restart: a publish waiting for its turn is
      // withdrawn after 3 s (not-accepted), one already sent is unknown after 8 s.
      const env = {
        KAFKA_BROKERS: kafka.url,
        KAFKA_START_FROM: 'earliest',
        LOG_LEVEL: 'warn',
        KAFKA_PRODUCE_TIMEOUT_MS: '3000',
        KAFKA_PRODUCE_SENT_TIMEOUT_MS: '8000',
      };
      running.push(
        await startService('store', {
          ...env,
          KAFKA_GROUP_ID: `outage-store-${run}`,
          KAFKA_GROUP_INSTANCE_ID: `store-${run}`,
        }),
      );
      running.push(
        await startService('normaliser', {
          ...env,
          KAFKA_GROUP_ID: `outage-norm-${run}`,
          KAFKA_GROUP_INSTANCE_ID: `normaliser-${run}`,
        }),
      );
      const ingest = await startService('ingest', env);
      running.push(ingest);

      const f = await startFaultRun({
        db,
        sourceId: `outage-kafka-${run}`,
        articles: 150,
        ingestUrl: () => ingest.url,
        ratePerSecond: RATE,
        brokers: kafka.url,
        settleMs: 180_000,
      });
      await f.answered(40);
      kafka.kill();
      await waitFor('ingest to answer 503', async () => f.replies.some((r) => r.status === 503), 30_000);
      await waitFor('ingest not ready', async () => (await fetch(`${ingest.url}/health/ready`)).status === 503, 20_000);
      await kafka.startAsync();
      const { reconciliation, summary } = await f.finish();
      process.stderr.write(`broker kill -9 replies: ${JSON.stringify(summary)}\n`);
      expect(firstProblems(reconciliation)).toEqual(NO_PROBLEMS);
    },
    FAULT_TEST_TIMEOUT_MS,
  );
});

describe('PostgreSQL outages (services as processes, private PostgreSQL for the store and for ingest receipts)', () => {
  const run = randomUUID().slice(0, 8);
  let pg: PrivateService;
  let db: Client;
  let store: ServiceProcess;
  let ingest: ServiceProcess;
  const running: ServiceProcess[] = [];

  beforeAll(async () => {
    pg = await privatePostgres(run);
    await applyMigrations(pg.url);
    db = new Client({ connectionString: pg.url });
    await db.connect();
    db.on('error', () => undefined); // the test's own connection dies with each outage; it reconnects below
    const common = {
      KAFKA_START_FROM: 'earliest',
      LOG_LEVEL: 'warn',
      KAFKA_MAX_ATTEMPTS: '3',
      KAFKA_RETRY_MAX_BACKOFF_MS: '2000',
    };
    const groups = { store: `outage-pgstore-${run}`, normaliser: `outage-pgnorm-${run}` };
    await startGroupAtEnd(groups.normaliser, TOPICS.articlesRaw.name);
    await startGroupAtEnd(groups.store, TOPICS.articlesNormalised.name);
    store = await startService('store', {
      ...common,
      DATABASE_URL: pg.url,
      KAFKA_GROUP_ID: groups.store,
      KAFKA_GROUP_INSTANCE_ID: `store-${run}`,
    });
    running.push(store);
    running.push(
      await startService('normaliser', {
        ...common,
        KAFKA_GROUP_ID: groups.normaliser,
        KAFKA_GROUP_INSTANCE_ID: `normaliser-${run}`,
      }),
    );
    ingest = await startService('ingest', { ...common, DATABASE_URL: pg.url });
    running.push(ingest);
  });

  afterAll(async () => {
    for (const p of running) if (p.child.exitCode === null) p.child.kill('SIGKILL');
    await db?.end().catch(() => undefined);
    pg?.destroy();
  });

  /** A fresh connection for the reconciliation: the one opened before the outages died with the server. */
  async function reconnect(): Promise<void> {
    await db.end().catch(() => undefined);
    db = new Client({ connectionString: pg.url });
    db.on('error', () => undefined);
    await waitFor('PostgreSQL to accept the test connection', async () => db.connect().then(() => true), 60_000);
  }

  async function scenario(name: string, articles: number, outage: () => Promise<void>) {
    const f = await startFaultRun({
      db: () => db,
      sourceId: `outage-pg-${name}-${run}`,
      articles,
      ingestUrl: () => ingest.url,
      ratePerSecond: RATE,
    });
    await f.answered(30);
    await outage();
    await reconnect();
    const { reconciliation, summary } = await f.finish();
    process.stderr.write(`PostgreSQL ${name} replies: ${JSON.stringify(summary)}\n`);
    expect(firstProblems(reconciliation)).toEqual(NO_PROBLEMS);
    // Kafka was healthy throughout: ingest answered every push 2xx, PostgreSQL or not.
    expect(
      f.replies.filter((r) => r.status !== 202 && r.status !== 200).map((r) => `${r.externalId}: ${r.status}`),
    ).toEqual([]);
    // Every database error was taken for what it is: transient, never a failed attempt towards the dead-letter topic.
    expect(store.output()).not.toMatch(/failed \(attempt \d+\/\d+\)/);
  }

  it(
    'a 15 s stop: ingest keeps accepting and stays ready, the store waits it out',
    async () => {
      await scenario('stop', 150, async () => {
        pg.stop();
        await sleep(2_000);
        expect((await fetch(`${ingest.url}/health/ready`)).status).toBe(200);
        await waitFor(
          'the store to report not ready',
          async () => (await fetch(`${store.url}/health/ready`)).status === 503,
          20_000,
        );
        await sleep(13_000);
        expect(store.child.exitCode).toBeNull();
        await pg.startAsync();
      });
      expect(ingest.output()).toMatch(/receipt store unavailable/);
      await waitFor(
        'ingest back on its receipt database',
        async () =>
          /ingest_receipt_store_up\{[^}]*\} 1/.test(await (await fetch(`${ingest.metricsUrl}/metrics`)).text()),
        30_000,
      );
    },
    FAULT_TEST_TIMEOUT_MS,
  );

  it(
    'postmaster kill -9 under load, restarted at once',
    async () => {
      await scenario('kill', 120, async () => {
        pg.kill();
        await pg.startAsync();
      });
    },
    FAULT_TEST_TIMEOUT_MS,
  );

  it(
    'postmaster kill -9 five times, about 6 s apart',
    async () => {
      await scenario('flapping', 300, async () => {
        for (let i = 0; i < 5; i++) {
          const killedAt = Date.now();
          pg.kill();
          await pg.startAsync();
          if (i < 4) await sleep(Math.max(0, 6_000 - (Date.now() - killedAt)));
        }
      });
    },
    FAULT_TEST_TIMEOUT_MS,
  );
});
