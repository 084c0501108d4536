/**
 * Crashes at exact places, not at a lucky moment: each service runs with a
 * failpoint (NEWS_FAILPOINTS, libs/config/src/failpoints.ts) that SIGKILLs it
 * the second time it reaches that point:
 *  - store.before-commit: every statement of a batch done, transaction open;
 *  - store.after-commit: transaction committed, nothing announced, offsets not committed;
 *  - store.after-publish: committed and announced, offsets not committed;
 *  - normaliser.after-publish: normalised events published, offsets not committed.
 * After a restart without the failpoint, the database must hold every accepted
 * article once at its latest version, every version once in the history, and
 * every stored article must have been announced on the stored topic.
 */
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { TOPICS } from '@news/contracts';
import { startGroupAtEnd } from '../../tools/harness/consumer-groups';
import { ServiceName, ServiceProcess, startService } from '../../tools/harness/processes';
import { makeWorkload, problemsOf, pushWaves, settledDiff } from '../../tools/harness/workload';
import { tapTopic, TopicTap } from '../support/topic-tap';
import { waitFor } from '../support/pipeline';

const ARTICLES = 160;
const FAULT_TEST_TIMEOUT_MS = 300_000;

const SCENARIOS: Array<{ point: string; victim: ServiceName }> = [
  { point: 'store.before-commit', victim: 'store' },
  { point: 'store.after-commit', victim: 'store' },
  { point: 'store.after-publish', victim: 'store' },
  { point: 'normaliser.after-publish', victim: 'normaliser' },
];

describe('crashes at exact points (failpoints, SIGKILL)', () => {
  let db: Client;
  let stored: TopicTap;
  const running: ServiceProcess[] = [];

  beforeAll(async () => {
    db = new Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    stored = await tapTopic(TOPICS.articlesStored.name);
  });

  afterEach(() => {
    for (const p of running.splice(0)) if (p.child.exitCode === null) p.child.kill('SIGKILL');
  });

  afterAll(async () => {
    await stored?.stop();
    await db?.end();
  });

  for (const { point, victim } of SCENARIOS) {
    it(
      `stores every accepted article exactly once after a SIGKILL at ${point}`,
      async () => {
        const run = randomUUID().slice(0, 8);
        const sourceId = `failpoint-${run}`;
        const common = { KAFKA_START_FROM: 'earliest', LOG_LEVEL: 'warn' };
        const groups: Record<'normaliser' | 'store', string> = {
          normaliser: `fp-normaliser-${run}`,
          store: `fp-store-${run}`,
        };
        await startGroupAtEnd(groups.normaliser, TOPICS.articlesRaw.name);
        await startGroupAtEnd(groups.store, TOPICS.articlesNormalised.name);
        const armed = { NEWS_FAILPOINTS: `${point}=kill@2` };
        const store = await startService('store', {
          ...common,
          KAFKA_GROUP_ID: groups.store,
          ...(victim === 'store' ? armed : {}),
        });
        const normaliser = await startService('normaliser', {
          ...common,
          KAFKA_GROUP_ID: groups.normaliser,
          ...(victim === 'normaliser' ? armed : {}),
        });
        const ingest = await startService('ingest', common);
        running.push(store, normaliser, ingest);
        const target = victim === 'store' ? store : normaliser;

        const { waves, expected } = makeWorkload(sourceId, ARTICLES);
        const pushing = pushWaves(ingest.url, sourceId, waves);

        // The planned crash, not some other death.
        const death = await Promise.race([target.exited, new Promise<null>((r) => setTimeout(() => r(null), 120_000))]);
        expect(death).toEqual({ code: null, signal: 'SIGKILL' });
        expect(target.output()).toContain(`failpoint ${point} fired: SIGKILL`);

        const restarted = await startService(victim, {
          ...common,
          KAFKA_GROUP_ID: groups[victim as 'normaliser' | 'store'],
        });
        running.push(restarted);
        const result = await pushing;
        expect(result.accepted).toBe(waves.reduce((n, w) => n + w.length, 0));

        const diff = await settledDiff(db, sourceId, expected, 120_000);
        expect(problemsOf(diff)).toEqual({ missing: [], duplicated: [], wrong: [] });
        expect(diff.stored).toBe(ARTICLES);

        // Every version pushed is in the history exactly once (v1; v2 of every fifth; the kill of every twentieth).
        const history = await db.query<{ external_id: string; versions: number[] }>(
          `SELECT external_id, array_agg(version ORDER BY version) AS versions
           FROM article_versions WHERE source_id = $1 GROUP BY external_id`,
          [sourceId],
        );
        const wrongHistory = history.rows.filter((r) => {
          const i = Number(r.external_id.slice(sourceId.length + 1));
          const want = [1, ...(i % 5 === 0 ? [2] : []), ...(i % 20 === 0 ? [3] : [])];
          return JSON.stringify(r.versions) !== JSON.stringify(want);
        });
        expect(wrongHistory.slice(0, 5)).toEqual([]);
        expect(history.rowCount).toBe(ARTICLES);

        // At-least-once announcements: each article's final version appears on the stored topic.
        const finals = await db.query<{ id: string; version: number }>(
          'SELECT id, version FROM articles WHERE source_id = $1',
          [sourceId],
        );
        const unannounced = await waitFor(
          'every stored article to be announced',
          async () => {
            const missing = finals.rows.filter(
              (a) =>
                !stored.byKey(a.id).some((m) => (JSON.parse(m.value) as { version: number }).version === a.version),
            );
            return missing.length === 0 ? missing : undefined;
          },
          60_000,
        ).catch(() =>
          finals.rows.filter(
            (a) => !stored.byKey(a.id).some((m) => (JSON.parse(m.value) as { version: number }).version === a.version),
          ),
        );
        expect(unannounced.map((a) => a.id).slice(0, 5)).toEqual([]);
      },
      FAULT_TEST_TIMEOUT_MS,
    );
  }
});
