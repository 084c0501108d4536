/**
 * A release whose pods start before the migration Job has run: the store and
 * ingest, started against a database one migration behind their build, stay
 * not ready (the store consumes nothing), say why in their log, and become
 * ready once the migration is applied, without a restart.
 */
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { databaseOptions, MIGRATIONS, migrationNames } from '@news/database';
import { groupMembers } from '../../tools/harness/consumer-groups';
import { ServiceProcess, startService } from '../../tools/harness/processes';
import { waitFor } from '../../tools/harness/wait';

const adminUrl = process.env.DATABASE_URL!;
const dbName = `news_gate_${randomUUID().slice(0, 8)}`;
const dbUrl = (() => {
  const u = new URL(adminUrl);
  u.pathname = `/${dbName}`;
  return u.toString();
})();

async function migrate(migrations: typeof MIGRATIONS): Promise<void> {
  const ds = new DataSource({
    ...databaseOptions({ DATABASE_URL: dbUrl, DATABASE_POOL_SIZE: 2, DATABASE_SSL: false }),
    migrations,
    logging: false,
  });
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
  } finally {
    await ds.destroy();
  }
}

async function sql(text: string): Promise<void> {
  const c = new Client({ connectionString: adminUrl });
  await c.connect();
  try {
    await c.query(text);
  } finally {
    await c.end();
  }
}

interface Health {
  status: string;
  details: Record<string, { status: string; missing?: string[] }>;
}

describe('schema gate: services against an older schema', () => {
  const services: ServiceProcess[] = [];

  beforeAll(async () => {
    await sql(`CREATE DATABASE ${dbName}`);
    await migrate(MIGRATIONS.slice(0, -1));
  });

  afterAll(async () => {
    for (const s of services) s.child.kill('SIGTERM');
    await Promise.all(services.map((s) => s.exited));
    await sql(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  });

  it('stay not ready until the missing migration is applied, then become ready', async () => {
    const last = migrationNames().at(-1)!;
    const groupId = `test-gate-${randomUUID().slice(0, 8)}`;
    const store = await startService(
      'store',
      { DATABASE_URL: dbUrl, KAFKA_GROUP_ID: groupId, KAFKA_START_FROM: 'latest' },
      { noWait: true },
    );
    const ingest = await startService('ingest', { DATABASE_URL: dbUrl }, { noWait: true });
    services.push(store, ingest);
    const health = async (svc: ServiceProcess): Promise<{ code: number; body: Health }> => {
      const res = await fetch(`${svc.url}/health/ready`);
      return { code: res.status, body: (await res.json()) as Health };
    };

    for (const svc of [store, ingest]) {
      await waitFor(
        `${svc.name} to report the old schema`,
        async () => svc.output().includes('database schema is older than this build'),
        60_000,
      );
      expect(svc.output()).toContain(`missing ${last}`);
      const { code, body } = await health(svc);
      expect(code).toBe(503);
      expect(body.details.schema).toMatchObject({ status: 'down', missing: [last] });
    }
    // The store has not started its consumer: no member in its group.
    expect(await groupMembers(groupId)).toEqual([]);
    expect(store.output()).not.toContain('store consuming');

    await migrate(MIGRATIONS);
    for (const svc of [store, ingest]) {
      await waitFor(`${svc.name} ready once migrated`, async () => (await health(svc)).code === 200, 60_000);
      expect((await health(svc)).body.details.schema.status).toBe('up');
      expect(svc.output()).toContain('database schema is current');
    }
    expect(store.output()).toContain('store consuming');
  });
});
