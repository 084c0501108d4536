/**
 * The errors a PostgreSQL crash really causes, through the same TypeORM and pg
 * stack the store and ingest use: SIGKILL the postmaster of a private cluster
 * while transactions and pooled queries run, restart it with
 * scripts/services.sh (which must succeed at the first try, stale lock files
 * and all), and check that every error met on the way is classified transient
 * (libs/kafka isTransient): none may count as a message's fault and
 * dead-letter it. Also that every worker recovers by itself once the server
 * is back.
 */
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { databaseOptions } from '@news/database';
import { isTransient } from '@news/kafka';
import { privatePostgres, PrivateService } from '../../tools/harness/private-services';
import { waitFor } from '../support/pipeline';

const WORKERS = 6;

function describeError(e: unknown): string {
  const x = e as { name?: string; code?: string; message?: string };
  return `${x.name ?? typeof e}${x.code ? ` [${x.code}]` : ''}: ${x.message ?? String(e)}`;
}

describe('a postmaster killed under load (real PostgreSQL)', () => {
  let pg: PrivateService | undefined;
  let ds: DataSource | undefined;

  afterAll(async () => {
    if (ds?.isInitialized) await ds.destroy().catch(() => undefined);
    pg?.destroy();
  });

  it('every error on the way is transient, and every worker recovers on its own', async () => {
    pg = await privatePostgres(randomUUID().slice(0, 8));
    ds = new DataSource({
      ...databaseOptions({ DATABASE_URL: pg.url, DATABASE_POOL_SIZE: WORKERS, DATABASE_SSL: false }),
      migrations: [],
    });
    await ds.initialize();
    await ds.query(
      'CREATE TABLE crash_probe (id bigserial PRIMARY KEY, worker int NOT NULL, at timestamptz NOT NULL DEFAULT now())',
    );

    const errors: unknown[] = [];
    const succeededAt = new Array<number>(WORKERS).fill(0);
    let running = true;
    const source = ds;
    // The three ways the services talk to PostgreSQL: transactions through the entity manager, transactions
    // through the query runner with full results (the store's batch writes), pooled statements (ingest's receipts).
    const work = async (w: number) => {
      if (w % 3 === 0) {
        await source.transaction(async (m) => {
          await m.query('INSERT INTO crash_probe (worker) VALUES ($1)', [w]);
          await m.query('SELECT pg_sleep(0.02)');
          await m.query('INSERT INTO crash_probe (worker) VALUES ($1)', [w]);
        });
      } else if (w % 3 === 1) {
        await source.transaction(async (m) => {
          await m.queryRunner!.query('INSERT INTO crash_probe (worker) VALUES ($1)', [w], true);
          await m.queryRunner!.query('SELECT pg_sleep(0.02)', [], true);
        });
      } else {
        await source.query('SELECT count(*) FROM crash_probe WHERE worker = $1', [w]);
      }
    };
    const workers = Array.from({ length: WORKERS }, async (_, w) => {
      while (running) {
        try {
          await work(w);
          succeededAt[w] = Date.now();
        } catch (err) {
          errors.push(err);
          await new Promise((r) => setTimeout(r, 50));
        }
      }
    });

    await waitFor('every worker to succeed once', async () => succeededAt.every((t) => t > 0));
    pg.kill();
    const killedAt = Date.now();
    await waitFor('errors from the crash', async () => errors.length >= WORKERS, 30_000);
    await pg.startAsync();
    await waitFor(
      'every worker to succeed after the restart',
      async () => succeededAt.every((t) => t > killedAt),
      60_000,
    );
    running = false;
    await Promise.all(workers);

    const classes = [...new Set(errors.map(describeError))];
    process.stderr.write(
      `postmaster kill: ${errors.length} errors, ${classes.length} kinds:\n  ${classes.join('\n  ')}\n`,
    );
    expect(errors.length).toBeGreaterThanOrEqual(WORKERS);
    expect(errors.filter((e) => !isTransient(e)).map(describeError)).toEqual([]);
  }, 180_000);
});
