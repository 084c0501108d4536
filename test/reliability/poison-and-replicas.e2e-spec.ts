/**
 * 5. A poison message among good ones: the good ones are stored, the poison
 *    one waits in the dead-letter topic with its reason, and replaying it
 *    after the fix (here: an operator raises the normaliser's body limit)
 *    stores it.
 * 6. Two normaliser and two store replicas per consumer group, one of each
 *    killed with SIGKILL and restarted mid-stream: still exactly once.
 */
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { articleIdFor, deadLetterTopicOf, TOPICS } from '@news/contracts';
import { KafkaEnv, loadConfig } from '@news/config';
import { createKafkaClient, DLQ_HEADERS, KafkaPublisher, replayDeadLetters } from '@news/kafka';
import { startGroupAtEnd } from '../../tools/harness/consumer-groups';
import { privateKafka, PrivateService } from '../../tools/harness/private-services';
import { ServiceProcess, startService } from '../../tools/harness/processes';
import { waitFor } from '../support/pipeline';
import { tapTopic } from '../support/topic-tap';
import { makeWorkload, problemsOf, pushWaves, settledDiff } from '../../tools/harness/workload';

// Fault scenarios push hundreds of articles through real processes, on machines as small as two cores.
const FAULT_TEST_TIMEOUT_MS = 300_000;

describe('poison messages and replicas (services as processes)', () => {
  const running: ServiceProcess[] = [];
  const privates: PrivateService[] = [];
  let db: Client;

  beforeAll(async () => {
    db = new Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
  });

  afterEach(() => {
    for (const p of running.splice(0)) if (p.child.exitCode === null) p.child.kill('SIGKILL');
    for (const s of privates.splice(0)) s.destroy();
  });

  afterAll(async () => {
    await db?.end();
  });

  const stored = async (id: string) => (await db.query('SELECT 1 FROM articles WHERE id = $1', [id])).rowCount === 1;

  it(
    'dead-letters a poison article without blocking the others, and stores it when replayed after the fix',
    async () => {
      const run = randomUUID().slice(0, 8);
      const sourceId = `poison-${run}`;
      // A private broker: no other test's normaliser (with the default limit) may clean the poison.
      const broker = await privateKafka(`poison-${run}`);
      privates.push(broker);
      const common = {
        KAFKA_BROKERS: broker.url,
        KAFKA_START_FROM: 'latest',
        LOG_LEVEL: 'warn',
        KAFKA_MAX_ATTEMPTS: '2',
        KAFKA_RETRY_MAX_BACKOFF_MS: '300',
      };
      const groups = { normaliser: `poison-norm-${run}`, store: `poison-store-${run}` };
      running.push(await startService('store', { ...common, KAFKA_GROUP_ID: groups.store }));
      const strict = await startService('normaliser', {
        ...common,
        KAFKA_GROUP_ID: groups.normaliser,
        NORMALISER_MAX_BODY_BYTES: '20000',
      });
      running.push(strict);
      const ingest = await startService('ingest', common);
      running.push(ingest);
      const dlq = await tapTopic(deadLetterTopicOf(TOPICS.articlesRaw.name), false, broker.url);
      try {
        const good = Array.from({ length: 20 }, (_, i) => ({
          externalId: `good-${i}`,
          version: 1,
          pubStatus: 'usable' as const,
          body: `<p>Good story ${i}.</p>`,
        }));
        const poison = {
          externalId: 'poison',
          version: 1,
          pubStatus: 'usable' as const,
          body: `<p>${'Very long story. '.repeat(3_000)}</p>`,
        };
        await pushWaves(ingest.url, sourceId, [[...good.slice(0, 10), poison, ...good.slice(10)]]);

        const poisonId = articleIdFor(sourceId, 'poison');
        for (const g of good)
          await waitFor(`good ${g.externalId} stored`, () => stored(articleIdFor(sourceId, g.externalId)), 60_000);
        const [letter] = await waitFor('the poison in the DLQ', async () => {
          const found = dlq.byKey(poisonId);
          return found.length ? found : undefined;
        });
        expect(letter.headers[DLQ_HEADERS.error]).toMatch(/larger than NORMALISER_MAX_BODY_BYTES/);
        expect(letter.headers[DLQ_HEADERS.stage]).toBe('normaliser');
        expect(letter.headers[DLQ_HEADERS.attempts]).toBe('2');
        expect(await stored(poisonId)).toBe(false);

        // The fix: a higher limit. Then replay what failed for that reason.
        strict.child.kill('SIGTERM');
        await strict.exited;
        running.push(
          await startService('normaliser', {
            ...common,
            KAFKA_GROUP_ID: groups.normaliser,
            NORMALISER_MAX_BODY_BYTES: '1000000',
          }),
        );
        const { kafka: env } = loadConfig({ kafka: KafkaEnv }, { KAFKA_BROKERS: broker.url });
        const kafka = createKafkaClient(env, 'test-replay');
        const publisher = new KafkaPublisher(kafka, { timeoutMs: 10_000 });
        try {
          const report = await replayDeadLetters({
            kafka,
            publisher,
            dlqTopic: deadLetterTopicOf(TOPICS.articlesRaw.name),
            filter: { errorPattern: new RegExp(`article ${poisonId} .*NORMALISER_MAX_BODY_BYTES`) },
          });
          expect(report.replayed).toBe(1);
        } finally {
          await publisher.disconnect();
        }
        await waitFor('the replayed poison stored', () => stored(poisonId), 60_000);
      } finally {
        await dlq.stop();
      }
    },
    FAULT_TEST_TIMEOUT_MS,
  );

  it(
    'stays exactly-once with two replicas per stage when one of each is killed and restarted',
    async () => {
      const run = randomUUID().slice(0, 8);
      const sourceId = `replicas-${run}`;
      const common = { KAFKA_START_FROM: 'earliest', LOG_LEVEL: 'warn', KAFKA_SESSION_TIMEOUT_MS: '10000' };
      const groups = { normaliser: `rep-norm-${run}`, store: `rep-store-${run}` };
      // Start at the topics' end without "latest": a killed member must not make its successor skip ahead.
      await startGroupAtEnd(groups.normaliser, TOPICS.articlesRaw.name);
      await startGroupAtEnd(groups.store, TOPICS.articlesNormalised.name);
      const stores = [
        await startService('store', { ...common, KAFKA_GROUP_ID: groups.store }),
        await startService('store', { ...common, KAFKA_GROUP_ID: groups.store }),
      ];
      const norms = [
        await startService('normaliser', { ...common, KAFKA_GROUP_ID: groups.normaliser }),
        await startService('normaliser', { ...common, KAFKA_GROUP_ID: groups.normaliser }),
      ];
      const ingest = await startService('ingest', common);
      running.push(...stores, ...norms, ingest);
      // Both replicas of each stage must be members before the traffic starts.
      await waitFor(
        'all replicas ready',
        async () => {
          for (const p of [...stores, ...norms]) if (!(await fetch(`${p.url}/health/ready`)).ok) return false;
          return true;
        },
        60_000,
      );

      const { waves, expected } = makeWorkload(sourceId, 300);
      const pushing = pushWaves(ingest.url, sourceId, waves);
      await waitFor(
        'some stored',
        async () => {
          const r = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM articles WHERE source_id = $1', [
            sourceId,
          ]);
          return r.rows[0].n >= 30;
        },
        60_000,
      );
      norms[0].child.kill('SIGKILL');
      stores[1].child.kill('SIGKILL');
      await Promise.all([norms[0].exited, stores[1].exited]);
      running.push(await startService('normaliser', { ...common, KAFKA_GROUP_ID: groups.normaliser }));
      running.push(await startService('store', { ...common, KAFKA_GROUP_ID: groups.store }));
      await pushing;

      const diff = await settledDiff(db, sourceId, expected, 180_000);
      expect(problemsOf(diff)).toEqual({ missing: [], duplicated: [], wrong: [] });
      expect(diff.stored).toBe(300);
    },
    FAULT_TEST_TIMEOUT_MS,
  );
});
