/**
 * Each service, started from its built entry point, refuses bad configuration:
 * it exits with status 78 (EX_CONFIG) and names every bad variable, and never
 * prints a secret's value.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SERVICE_NODE_ARGS, ServiceName } from '../../tools/harness/processes';

const ROOT = join(__dirname, '..', '..');

function start(app: ServiceName, env: Record<string, string>) {
  const main = join(ROOT, 'dist', 'apps', app, 'src', 'main.js');
  if (!existsSync(main)) throw new Error(`${main} is missing: run \`npm run build\` first (npm test does)`);
  // With the service's own Node flags, as every deployment starts it (Node refuses an unknown one).
  return spawnSync(process.execPath, [...SERVICE_NODE_ARGS[app], main], {
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
}

describe('services refuse to start on invalid configuration', () => {
  it('ingest names a missing KAFKA_BROKERS and a bad PORT', () => {
    const r = start('ingest', { PORT: 'eighty' });
    expect(r.status).toBe(78);
    expect(r.stderr).toContain('KAFKA_BROKERS');
    expect(r.stderr).toContain('PORT');
    expect(r.stderr).toMatch(/refuses to start/);
  });

  it('ingest names each bad transport field, without printing a credential', () => {
    const transports = [
      {
        kind: 'imap',
        sourceId: 'mail',
        host: 'imap.example',
        user: 'u',
        password: 'hunter2-imap-secret',
        allowedSenders: ['not an address'],
      },
      { kind: 'sftp', sourceId: 'afp', host: 'sftp.example', user: 'u', password: 'hunter2-sftp-secret' },
    ];
    const r = start('ingest', { KAFKA_BROKERS: '127.0.0.1:1', INGEST_TRANSPORTS: JSON.stringify(transports) });
    expect(r.status).toBe(78);
    expect(r.stderr).toContain('INGEST_TRANSPORTS[0].allowedSenders');
    expect(r.stderr).toContain('INGEST_TRANSPORTS[1].hostKeySha256: is required');
    expect(r.stderr + r.stdout).not.toContain('hunter2');
  });

  it('normaliser names a missing KAFKA_GROUP_ID and a malformed broker list', () => {
    const r = start('normaliser', { KAFKA_BROKERS: 'localhost' });
    expect(r.status).toBe(78);
    expect(r.stderr).toContain('KAFKA_GROUP_ID');
    expect(r.stderr).toMatch(/KAFKA_BROKERS.*host:port/);
  });

  it('store names a bad DATABASE_URL without printing it', () => {
    const secret = 'mysql://admin:hunter2-very-secret@db/news';
    const r = start('store', { KAFKA_BROKERS: '127.0.0.1:1', KAFKA_GROUP_ID: 'g', DATABASE_URL: secret });
    expect(r.status).toBe(78);
    expect(r.stderr).toContain('DATABASE_URL');
    expect(r.stderr + r.stdout).not.toContain('hunter2');
  });
});
