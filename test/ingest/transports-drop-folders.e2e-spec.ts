/**
 * Drop folders against real servers (a local directory, FTPS with pure-ftpd,
 * SFTP with OpenSSH; scripts/transport-servers.sh), with ingest publishing to
 * the real Kafka and keeping receipts in the real PostgreSQL: each file
 * published once and moved only after the ack, bad files to error/ with a
 * reason and never retried, a file written slowly never read half-written,
 * a failing transport shown in /health/ready without making ingest not ready.
 */
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { articleIdFor, TOPICS } from '@news/contracts';
import { waitFor } from '../support/pipeline';
import { TopicTap, tapTopic } from '../support/topic-tap';
import { newSource, RunningIngest, startIngest, TestSource } from './support/ingest-app';
import { articlesOf, fileArticleId, metricValue, tapReads } from './support/transport-checks';
import { TransportServers, transportServers } from './support/transport-servers';

const NITF = readFileSync(join(__dirname, '..', '..', 'libs', 'wire-formats', 'fixtures', 'nitf.xml'), 'utf8');

interface Folder {
  kind: 'directory' | 'ftp' | 'sftp';
  source: TestSource;
  /** The inbox as this test process sees it (the servers serve local directories). */
  inbox: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const files = (dir: string) => (existsSync(dir) ? readdirSync(dir).sort() : []);

/** Drops a file as a well-behaved sender does: written under a temporary name, then renamed. */
function drop(folder: Folder, name: string, content: string | Buffer): void {
  writeFileSync(join(folder.inbox, `.${name}.tmp`), content);
  renameSync(join(folder.inbox, `.${name}.tmp`), join(folder.inbox, name));
}

describe('drop folders: local directory, FTPS and SFTP', () => {
  let servers: TransportServers;
  let ingest: RunningIngest;
  let tap: TopicTap;
  const run = randomUUID().slice(0, 8);
  const failing = newSource('drop-failing');
  const wrongPassword = `wrong-${randomUUID()}`;
  let folders: Folder[];

  beforeAll(async () => {
    servers = transportServers();
    folders = [
      { kind: 'directory', source: newSource('drop-dir'), inbox: mkdtempSync(join(tmpdir(), 'drop-dir-')) },
      { kind: 'ftp', source: newSource('drop-ftp'), inbox: servers.ownedDir(join(servers.ftp.root, run)) },
      { kind: 'sftp', source: newSource('drop-sftp'), inbox: servers.ownedDir(join(servers.sftp.root, run)) },
    ];
    const common = { pollSeconds: 1, settleSeconds: 2 };
    const [dir, ftp, sftp] = folders;
    const transports = [
      { kind: 'directory', sourceId: dir.source.id, path: dir.inbox, ...common },
      {
        kind: 'ftp',
        sourceId: ftp.source.id,
        host: '127.0.0.1',
        port: servers.ftp.port,
        user: servers.ftp.user,
        passwordFile: servers.ftp.passwordFile,
        caFile: servers.caFile,
        dir: `/${run}`,
        ...common,
      },
      {
        kind: 'sftp',
        sourceId: sftp.source.id,
        host: '127.0.0.1',
        port: servers.sftp.port,
        user: servers.sftp.user,
        privateKeyFile: servers.sftp.keyFile,
        hostKeySha256: servers.sftp.hostKey,
        dir: sftp.inbox,
        ...common,
      },
      {
        kind: 'ftp',
        sourceId: failing.id,
        host: '127.0.0.1',
        port: servers.ftp.port,
        user: servers.ftp.user,
        password: wrongPassword,
        caFile: servers.caFile,
        pollSeconds: 1,
      },
    ];
    tap = await tapTopic(TOPICS.articlesRaw.name);
    ingest = await startIngest([...folders.map((f) => f.source), failing], {
      INGEST_TRANSPORTS: JSON.stringify(transports),
    });
    // The marker comes from the failing transport's source: the others' counts are then the transports' own.
    await tapReads(tap, ingest, failing);
  });

  afterAll(async () => {
    await ingest?.stop();
    await tap?.stop();
  });

  const accepted = (f: Folder) =>
    metricValue(ingest.metricsUrl, 'ingest_articles_total', { source: f.source.id, outcome: 'accepted' });
  const finished = (f: Folder, outcome: string) =>
    metricValue(ingest.metricsUrl, 'ingest_transport_items_total', { transport: f.kind, source: f.source.id, outcome });

  it('publishes every article of every file once and moves each file to done/ after the ack', async () => {
    for (const f of folders) {
      drop(f, 'story.xml', NITF);
      drop(f, 'brief.txt', `Ferries run again on the ${f.kind} route.`);
      drop(
        f,
        'batch.json',
        JSON.stringify([
          { externalId: 'j-1', title: 'One', body: 'First.' },
          { externalId: 'j-2', title: 'Two', body: 'Second.' },
        ]),
      );
    }
    for (const f of folders) {
      await waitFor(`${f.kind}: three files in done/`, async () => files(join(f.inbox, 'done')).length === 3, 60_000);
      expect(files(f.inbox)).toEqual(['done', 'error']);
      const ids = [
        articleIdFor(f.source.id, 'ex-nitf-2026-0001'),
        fileArticleId(f.source.id, 'brief.txt', `Ferries run again on the ${f.kind} route.`),
        articleIdFor(f.source.id, 'j-1'),
        articleIdFor(f.source.id, 'j-2'),
      ];
      await waitFor(`${f.kind}: four articles on the raw topic`, async () =>
        ids.every((id) => tap.byKey(id).length >= 1),
      );
      expect(ids.map((id) => tap.byKey(id).length)).toEqual([1, 1, 1, 1]);
      expect(await accepted(f)).toBe(4);
      const story = articlesOf(tap, f.source.id).find((a) => a.articleId === ids[0])!;
      expect(story).toMatchObject({ title: 'Harbour bridge reopens', format: 'nitf' });
    }
  });

  it('moves an unchanged file dropped again without publishing it twice', async () => {
    for (const f of folders) {
      await waitFor(
        `${f.kind}: the first copy in done/`,
        async () => files(join(f.inbox, 'done')).includes('brief.txt'),
        60_000,
      );
      drop(f, 'brief.txt', `Ferries run again on the ${f.kind} route.`);
    }
    for (const f of folders) {
      await waitFor(
        `${f.kind}: the copy in done/`,
        async () => files(join(f.inbox, 'done')).includes('brief.txt.1'),
        60_000,
      );
      // Counted before the move: deterministic, unlike waiting for an event that should not come.
      expect(await finished(f, 'already_done')).toBe(1);
      expect(await accepted(f)).toBe(4);
    }
  });

  it('sends a file in an unknown format and one with no text to error/ with the reason, once', async () => {
    for (const f of folders) {
      drop(f, 'photo.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
      drop(f, 'empty.txt', '');
    }
    for (const f of folders) {
      const errors = join(f.inbox, 'error');
      await waitFor(`${f.kind}: both in error/`, async () => files(errors).length === 4, 60_000);
      expect(files(errors)).toEqual(['empty.txt', 'empty.txt.reason.json', 'photo.jpg', 'photo.jpg.reason.json']);
      const reason = (n: string) => JSON.parse(readFileSync(join(errors, `${n}.reason.json`), 'utf8'));
      expect(reason('photo.jpg')).toMatchObject({
        file: 'photo.jpg',
        source: f.source.id,
        reason: expect.stringMatching(/extension \(\.jpg\) names no format/),
      });
      expect(reason('empty.txt').reason).toMatch(/no text/);
    }
    // One more clean poll of every transport: nothing is read again, the transports stay healthy.
    const successes = async () =>
      Promise.all(
        folders.map((f) =>
          metricValue(ingest.metricsUrl, 'ingest_transport_last_success_timestamp_seconds', {
            transport: f.kind,
            source: f.source.id,
          }),
        ),
      );
    const before = await successes();
    await waitFor('one more poll', async () => (await successes()).every((t, i) => t > before[i]), 30_000);
    for (const f of folders) {
      expect(await finished(f, 'error')).toBe(2);
      expect(await accepted(f)).toBe(4);
    }
  });

  it('never reads a file while it is being written (over 10 s)', async () => {
    const lines = Array.from({ length: 11 }, (_, i) => `Slow line ${i} of a story still being written.\n`);
    await Promise.all(
      folders.map(async (f) => {
        for (const line of lines) {
          appendFileSync(join(f.inbox, 'slow.txt'), line);
          await sleep(1_000);
        }
      }),
    );
    for (const f of folders) {
      await waitFor(
        `${f.kind}: slow.txt in done/`,
        async () => files(join(f.inbox, 'done')).includes('slow.txt'),
        60_000,
      );
      const id = fileArticleId(f.source.id, 'slow.txt', lines.join(''));
      await waitFor(`${f.kind}: the whole story`, async () => tap.byKey(id).length === 1);
      expect(JSON.parse(tap.byKey(id)[0].value).article.body).toBe(lines.join(''));
      // One article more, and only this one: no partial version of the file was published.
      expect(await accepted(f)).toBe(5);
    }
  });

  it('shows a failing transport in /health/ready and the metrics without making ingest not ready', async () => {
    await waitFor(
      'the failing transport failed',
      async () =>
        (await metricValue(ingest.metricsUrl, 'ingest_transport_errors_total', {
          transport: 'ftp',
          source: failing.id,
          stage: 'connect',
        })) >= 1,
    );
    const res = await fetch(`${ingest.url}/health/ready`);
    const text = await res.text();
    expect(res.status).toBe(200);
    expect(text).not.toContain(wrongPassword);
    const details = JSON.parse(text).details.transports;
    expect(details).toMatchObject({ status: 'up', degraded: true, failing: [`ftp:${failing.id}`] });
    const bad = details.transports.find((t: { name: string }) => t.name === `ftp:${failing.id}`);
    expect(bad).toMatchObject({ status: 'failing', lastError: { stage: 'connect' } });
    for (const f of folders) {
      expect(details.transports.find((t: { name: string }) => t.name === `${f.kind}:${f.source.id}`)).toMatchObject({
        status: 'ok',
        pending: 0,
        lagSeconds: 0,
      });
    }
  });
});
