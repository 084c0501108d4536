/**
 * Ingest killed with SIGKILL while it reads a drop folder, run as a process
 * from dist/ (`npm run build` first) on the real Kafka and PostgreSQL: at the
 * failpoints between Kafka's ack and the receipt and between the receipt and
 * the move, and at a moment of the test's choosing while it reads an SFTP
 * folder. Every file ends in done/, every article reaches the raw topic with
 * the identity of its file, nothing else is published.
 */
import { existsSync, mkdtempSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { TOPICS } from '@news/contracts';
import { ServiceProcess, startService } from '../../tools/harness/processes';
import { waitFor } from '../support/pipeline';
import { TopicTap, tapTopic } from '../support/topic-tap';
import { articlesOf, fileArticleId } from './support/transport-checks';
import { transportServers } from './support/transport-servers';

const FILES = 240;
const TIMEOUT_MS = 240_000;

const files = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((n) => !n.startsWith('.')) : []);

/** FILES distinct stories, dropped as a sender does (temporary name, then rename); returns each file's article id. */
function dropStories(inbox: string, sourceId: string): string[] {
  const ids: string[] = [];
  for (let i = 0; i < FILES; i++) {
    const name = `story-${String(i).padStart(3, '0')}.txt`;
    const content = `Story ${i} of a wire that delivers by file.\n`;
    writeFileSync(join(inbox, `.${name}.tmp`), content);
    renameSync(join(inbox, `.${name}.tmp`), join(inbox, name));
    ids.push(fileArticleId(sourceId, name, content));
  }
  return ids;
}

describe('drop folders survive kill -9 (ingest as a process)', () => {
  let tap: TopicTap;
  let db: Client;
  const running: ServiceProcess[] = [];

  beforeAll(async () => {
    tap = await tapTopic(TOPICS.articlesRaw.name);
    db = new Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
  });

  afterEach(() => {
    for (const p of running.splice(0)) if (p.child.exitCode === null) p.child.kill('SIGKILL');
  });

  afterAll(async () => {
    await tap?.stop();
    await db?.end();
  });

  async function ingest(transports: object[], failpoints?: string): Promise<ServiceProcess> {
    const env: Record<string, string> = { INGEST_TRANSPORTS: JSON.stringify(transports), LOG_LEVEL: 'warn' };
    if (failpoints) env.NEWS_FAILPOINTS = failpoints;
    const p = await startService('ingest', env);
    running.push(p);
    return p;
  }

  /** A pushed marker seen on the tap: from here on the tap reads everything published. */
  async function tapReads(url: string, sourceId: string): Promise<void> {
    const res = await fetch(`${url}/v1/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ sourceId, externalId: 'marker', body: 'm' }),
    });
    expect(res.status).toBe(202);
    await waitFor('the marker on the raw topic', async () => articlesOf(tap, sourceId).length === 1);
  }

  /**
   * Every file in done/, every article once or more with its file's id, nothing else; returns how many were published
   * twice.
   */
  async function expectAllDelivered(
    inbox: string,
    sourceId: string,
    transport: string,
    ids: string[],
  ): Promise<number> {
    await waitFor(
      'every file in done/',
      async () => files(join(inbox, 'done')).length === FILES && files(inbox).length === 2,
      TIMEOUT_MS,
    );
    await waitFor('every article on the raw topic', async () => ids.every((id) => tap.byKey(id).length >= 1), 60_000);
    const published = articlesOf(tap, sourceId).filter((a) => a.externalId !== 'marker');
    const expected = new Set(ids);
    expect(published.filter((a) => !expected.has(a.articleId))).toEqual([]);
    expect(files(join(inbox, 'error'))).toEqual([]);
    const { rows } = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ingest_transport_receipts WHERE transport = $1 AND outcome = 'done'`,
      [transport],
    );
    expect(rows[0].n).toBe(FILES);
    return published.length - FILES;
  }

  it(
    'publishes each file exactly once across crashes at the failpoints after the ack and after the receipt',
    async () => {
      const sourceId = `crash-dir-${randomUUID().slice(0, 8)}`;
      const inbox = mkdtempSync(join(tmpdir(), 'drop-crash-'));
      const transports = [{ kind: 'directory', sourceId, path: inbox, pollSeconds: 1, settleSeconds: 0 }];

      // Killed after Kafka acknowledged the second batch of 50 files, before their receipts and moves.
      const first = await ingest(transports, 'ingest.transport.after-publish=kill@2');
      await tapReads(first.url, sourceId);
      const ids = dropStories(inbox, sourceId);
      expect(await first.exited).toEqual({ code: null, signal: 'SIGKILL' });
      expect(first.output()).toContain('failpoint ingest.transport.after-publish fired');
      expect(files(join(inbox, 'done'))).toHaveLength(50);

      // Killed after the receipts of its first batch (the files whose articles were acknowledged), before their move.
      const second = await ingest(transports, 'ingest.transport.after-receipt=kill@1');
      expect(await second.exited).toEqual({ code: null, signal: 'SIGKILL' });
      expect(second.output()).toContain('failpoint ingest.transport.after-receipt fired');

      await ingest(transports);
      const twice = await expectAllDelivered(inbox, sourceId, `directory:${sourceId}`, ids);
      // Article receipts are written before the after-publish point, file receipts before the after-receipt one.
      expect(twice).toBe(0);
    },
    TIMEOUT_MS + 60_000,
  );

  it(
    'delivers every file of an SFTP folder when ingest is killed in the middle of reading it',
    async () => {
      const servers = transportServers();
      const run = randomUUID().slice(0, 8);
      const sourceId = `crash-sftp-${run}`;
      const inbox = servers.ownedDir(join(servers.sftp.root, `crash-${run}`));
      const transports = [
        {
          kind: 'sftp',
          sourceId,
          host: '127.0.0.1',
          port: servers.sftp.port,
          user: servers.sftp.user,
          privateKeyFile: servers.sftp.keyFile,
          hostKeySha256: servers.sftp.hostKey,
          dir: inbox,
          pollSeconds: 1,
          settleSeconds: 0,
        },
      ];
      const first = await ingest(transports);
      await tapReads(first.url, sourceId);
      const ids = dropStories(inbox, sourceId);
      await waitFor(
        'some files moved, most still to read',
        async () => files(join(inbox, 'done')).length >= 20,
        TIMEOUT_MS,
      );
      first.child.kill('SIGKILL');
      await first.exited;
      const movedBeforeKill = files(join(inbox, 'done')).length;
      expect(movedBeforeKill).toBeLessThan(FILES);

      await ingest(transports);
      const twice = await expectAllDelivered(inbox, sourceId, `sftp:${sourceId}`, ids);
      process.stderr.write(
        `[crash] sftp: ${movedBeforeKill} of ${FILES} files moved before kill -9; ${twice} published twice (same ` +
          `ids)\n`,
      );
    },
    TIMEOUT_MS + 60_000,
  );
});
