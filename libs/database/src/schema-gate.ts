import type { DataSource } from 'typeorm';
import { MIGRATIONS } from './migrations';

/** The migrations a build expects, by the names TypeORM records (the class's `name`, else the class name). */
export function migrationNames(migrations: ReadonlyArray<new () => unknown> = MIGRATIONS): string[] {
  return migrations.map((M) => (new M() as { name?: string }).name ?? M.name);
}

export interface SchemaState {
  /** Every migration this build was made with is applied (newer ones from a later release may be too). */
  current: boolean;
  required: string[];
  missing: string[];
  /** The newest migration the database records, if any. */
  latestApplied?: string;
}

/** Compares the migrations table with what this build needs; a database without the table has none applied. */
export async function readSchemaState(ds: DataSource, required: string[] = migrationNames()): Promise<SchemaState> {
  const table = ds.options.migrationsTableName ?? 'migrations';
  let applied: string[] = [];
  try {
    const rows = await ds.query<Array<{ name: string }>>(`SELECT name FROM "${table}" ORDER BY "timestamp"`);
    applied = rows.map((r) => r.name);
  } catch (err) {
    // undefined_table: nothing migrated yet. Anything else (no connection) is for the caller to see.
    if ((err as { code?: string }).code !== '42P01') throw err;
  }
  const have = new Set(applied);
  const missing = required.filter((n) => !have.has(n));
  return { current: missing.length === 0, required, missing, latestApplied: applied.at(-1) };
}

export type SchemaGateStatus = 'current' | 'behind' | 'unknown';

export interface SchemaGateOptions {
  read: () => Promise<SchemaState>;
  log: (level: 'log' | 'warn', message: string) => void;
  /** How often to look again while the schema is behind or unreadable. */
  retryMs?: number;
}

/**
 * Keeps a service not ready until the database has every migration it was
 * built with: during a release the pods of the new version may start before
 * the migration Job has run (docs/operations.md, "Deploy"). It looks again
 * until the schema is current, then stops looking (schemas only move forward;
 * a revert is a release of its own).
 */
export class SchemaGate {
  private status: SchemaGateStatus = 'unknown';
  private last?: SchemaState;
  private lastError?: string;
  private timer?: NodeJS.Timeout;
  private stopped = false;
  private waiters: Array<(current: boolean) => void> = [];

  constructor(private readonly options: SchemaGateOptions) {}

  get state(): SchemaGateStatus {
    return this.status;
  }

  /** For the readiness check's details. */
  describe(): Record<string, unknown> {
    if (this.status === 'unknown') return { schema: 'unknown', error: this.lastError };
    const s = this.last!;
    return {
      schema: this.status,
      latestApplied: s.latestApplied ?? null,
      required: s.required.at(-1),
      missing: s.missing,
    };
  }

  /** Looks now, then every `retryMs` until current. */
  start(): Promise<SchemaGateStatus> {
    return this.check();
  }

  /** Resolves true once the schema is current, false if the gate is stopped first (shutdown). */
  waitUntilCurrent(): Promise<boolean> {
    if (this.status === 'current') return Promise.resolve(true);
    if (this.stopped) return Promise.resolve(false);
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Nest lifecycle hooks (by name, no Nest import): a provider instance looks at start-up and stops at shutdown. */
  onApplicationBootstrap(): void {
    void this.start();
  }

  onApplicationShutdown(): void {
    this.stop();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.settle(false);
  }

  private async check(): Promise<SchemaGateStatus> {
    if (this.stopped) return this.status;
    const before = { status: this.status, error: this.lastError };
    try {
      this.last = await this.options.read();
      this.status = this.last.current ? 'current' : 'behind';
      this.lastError = undefined;
    } catch (err) {
      this.status = 'unknown';
      this.lastError = (err as Error).message;
    }
    // A line when the state changes (or the reason it cannot be read does), not every retry.
    if (this.status !== before.status || this.lastError !== before.error) this.report();
    if (this.status === 'current') this.settle(true);
    else if (!this.stopped) {
      this.timer = setTimeout(() => void this.check(), this.options.retryMs ?? 5_000);
      this.timer.unref();
    }
    return this.status;
  }

  private report(): void {
    const s = this.last;
    if (this.status === 'current') {
      this.options.log(
        'log',
        `database schema is current: ${s!.required.length} migrations, latest ${s!.latestApplied}`,
      );
    } else if (this.status === 'behind') {
      this.options.log(
        'warn',
        `database schema is older than this build: missing ${s!.missing.join(', ')} (latest applied: ` +
          `${s!.latestApplied ?? 'none'}); ` +
          'not ready until the migration Job has run (docs/operations.md, "Deploy")',
      );
    } else {
      this.options.log('warn', `database schema unknown (${this.lastError}); looking again`);
    }
  }

  private settle(current: boolean): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w(current);
  }
}
