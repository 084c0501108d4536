import { MIGRATIONS } from './migrations';
import { migrationNames, SchemaGate, SchemaState } from './schema-gate';

const REQUIRED = ['A1', 'B2', 'C3'];
const state = (applied: string[]): SchemaState => {
  const missing = REQUIRED.filter((n) => !applied.includes(n));
  return { current: missing.length === 0, required: REQUIRED, missing, latestApplied: applied.at(-1) };
};

describe('SchemaGate', () => {
  it('names the migrations as TypeORM records them, in order', () => {
    const names = migrationNames();
    expect(names).toHaveLength(MIGRATIONS.length);
    expect(names[0]).toBe('InitialSchema1764270000000');
    expect([...names].sort((a, b) => Number(a.slice(-13)) - Number(b.slice(-13)))).toEqual(names);
  });

  it('stays behind while a migration is missing, logs why once, and turns current when it is applied', async () => {
    let applied = ['A1', 'B2'];
    const logs: string[] = [];
    const gate = new SchemaGate({
      read: async () => state(applied),
      log: (level, m) => logs.push(`${level}: ${m}`),
      retryMs: 10,
    });
    expect(await gate.start()).toBe('behind');
    expect(gate.describe()).toEqual({ schema: 'behind', latestApplied: 'B2', required: 'C3', missing: ['C3'] });
    const current = gate.waitUntilCurrent();
    await new Promise((r) => setTimeout(r, 50));
    expect(gate.state).toBe('behind');
    applied = ['A1', 'B2', 'C3'];
    await expect(current).resolves.toBe(true);
    expect(gate.state).toBe('current');
    expect(logs).toEqual([
      'warn: database schema is older than this build: missing C3 (latest applied: B2); not ready until the ' +
        'migration Job has run (docs/operations.md, "Deploy")',
      'log: database schema is current: 3 migrations, latest C3',
    ]);
    gate.stop();
  });

  it('accepts a newer schema (a later release migrated first)', async () => {
    const gate = new SchemaGate({ read: async () => ({ ...state(['A1', 'B2', 'C3', 'D4']) }), log: () => undefined });
    expect(await gate.start()).toBe('current');
  });

  it('is unknown while the database cannot be read, and a stop releases the waiters', async () => {
    const logs: string[] = [];
    const gate = new SchemaGate({
      read: () => Promise.reject(new Error('connect ECONNREFUSED')),
      log: (_, m) => logs.push(m),
      retryMs: 10,
    });
    expect(await gate.start()).toBe('unknown');
    const waiting = gate.waitUntilCurrent();
    await new Promise((r) => setTimeout(r, 50));
    gate.stop();
    await expect(waiting).resolves.toBe(false);
    expect(logs).toEqual(['database schema unknown (connect ECONNREFUSED); looking again']);
    expect(gate.describe()).toEqual({ schema: 'unknown', error: 'connect ECONNREFUSED' });
  });
});
