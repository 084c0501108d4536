/**
 * An IMAP mailbox (dovecot over TLS; scripts/transport-servers.sh) read by
 * ingest on the real Kafka and PostgreSQL: 1,000 messages drained, each
 * published once and flagged \Seen; a message with no text and one from a
 * sender off the allow-list refused, flagged and moved with their reasons.
 */
import { mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { articleIdFor, TOPICS } from '@news/contracts';
import { waitFor } from '../support/pipeline';
import { TopicTap, tapTopic } from '../support/topic-tap';
import { newSource, RunningIngest, startIngest } from './support/ingest-app';
import { metricValue, tapReads } from './support/transport-checks';
import { TransportServers, transportServers } from './support/transport-servers';

const MESSAGES = 1_000;

function message(headers: Record<string, string>, body: string): string {
  const lines = Object.entries({
    'MIME-Version': '1.0',
    'Content-Type': 'text/plain; charset=utf-8',
    Date: 'Mon, 07 Dec 2026 08:00:00 +0000',
    ...headers,
  }).map(([k, v]) => `${k}: ${v}`);
  return `${lines.join('\r\n')}\r\n\r\n${body}`;
}

/** A Maildir++ folder of the test user: `<maildir>/.<name>`. */
function folder(servers: TransportServers, name: string): string {
  const dir = join(servers.imap.maildir, `.${name}`);
  for (const sub of ['cur', 'new', 'tmp']) servers.ownedDir(join(dir, sub));
  servers.ownedDir(dir);
  return dir;
}

/** Delivers as an MTA does: written to tmp/, then renamed into new/. */
function deliver(dir: string, name: string, content: string): void {
  writeFileSync(join(dir, 'tmp', name), content);
  renameSync(join(dir, 'tmp', name), join(dir, 'new', name));
}

/** Messages of a Maildir folder with the \Seen flag (`:2,…S…` in the file name). */
const seen = (dir: string) => readdirSync(join(dir, 'cur')).filter((n) => /:2,[A-Za-z]*S/.test(n)).length;

describe('IMAP mailbox', () => {
  let servers: TransportServers;
  let ingest: RunningIngest;
  let tap: TopicTap;
  let db: Client;
  const run = randomUUID().slice(0, 8);
  const source = newSource('imap');
  const marker = newSource('imap-marker');
  const mailbox = `t${run}`;
  let inbox: string;

  beforeAll(async () => {
    servers = transportServers();
    inbox = folder(servers, mailbox);
    mkdirSync(join(inbox, 'tmp'), { recursive: true });
    db = new Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    const transports = [
      {
        kind: 'imap',
        sourceId: source.id,
        host: '127.0.0.1',
        port: servers.imap.port,
        user: servers.imap.user,
        passwordFile: servers.imap.passwordFile,
        caFile: servers.caFile,
        mailbox,
        errorMailbox: `${mailbox}Refused`,
        allowedSenders: ['desk@wire.example'],
        pollSeconds: 1,
      },
    ];
    tap = await tapTopic(TOPICS.articlesRaw.name);
    ingest = await startIngest([source, marker], { INGEST_TRANSPORTS: JSON.stringify(transports) });
    await tapReads(tap, ingest, marker);
  });

  afterAll(async () => {
    await ingest?.stop();
    await tap?.stop();
    await db?.end();
  });

  it(`drains ${MESSAGES} messages, publishing each once and flagging it \\Seen after the ack`, async () => {
    const ids: string[] = [];
    for (let i = 0; i < MESSAGES; i++) {
      const messageId = `story-${i}-${run}@wire.example`;
      ids.push(articleIdFor(source.id, messageId));
      deliver(
        inbox,
        `${run}.${i}.test`,
        message(
          { From: 'Wire Desk <desk@wire.example>', Subject: `Story ${i}`, 'Message-ID': `<${messageId}>` },
          `Text of story ${i}.\r\n`,
        ),
      );
    }
    deliver(
      inbox,
      `${run}.empty.test`,
      message({ From: 'desk@wire.example', Subject: 'Nothing', 'Message-ID': `<empty-${run}@wire.example>` }, ''),
    );
    deliver(
      inbox,
      `${run}.intruder.test`,
      message(
        { From: 'intruder@elsewhere.example', Subject: 'Hello', 'Message-ID': `<intruder-${run}@x.example>` },
        'Buy now.',
      ),
    );
    const started = Date.now();

    await waitFor(
      'the mailbox drained',
      async () => readdirSync(join(inbox, 'new')).length === 0 && seen(inbox) === MESSAGES,
      240_000,
    );
    const drainedSeconds = (Date.now() - started) / 1000;
    process.stderr.write(`[imap] ${MESSAGES} messages drained in ${drainedSeconds.toFixed(1)} s\n`);

    // Counted before the flags are set: once every message is \Seen, the count is final.
    expect(
      await metricValue(ingest.metricsUrl, 'ingest_articles_total', { source: source.id, outcome: 'accepted' }),
    ).toBe(MESSAGES);
    await waitFor('every article on the raw topic', async () => ids.every((id) => tap.byKey(id).length >= 1), 60_000);
    expect(ids.filter((id) => tap.byKey(id).length !== 1)).toEqual([]);
    const first = JSON.parse(tap.byKey(ids[0])[0].value).article;
    expect(first).toMatchObject({ externalId: `story-0-${run}@wire.example`, title: 'Story 0', format: 'email' });
    expect(first.body.trim()).toBe('Text of story 0.');
  });

  it('refuses a message with no text and one from a sender not allowed: flagged, moved, reason kept', async () => {
    const refused = join(servers.imap.maildir, `.${mailbox}Refused`);
    await waitFor('two refused messages moved', async () => seen(refused) === 2, 60_000);
    const { rows } = await db.query<{ reason: string }>(
      `SELECT detail->>'reason' AS reason FROM ingest_transport_receipts WHERE transport = $1 AND outcome = ` +
        `'error' ORDER BY 1`,
      [`imap:${source.id}`],
    );
    expect(rows.map((r) => r.reason)).toEqual([
      expect.stringMatching(/body: no text/),
      'sender intruder@elsewhere.example is not on the allow-list of source ' + source.id,
    ]);
    expect(
      await metricValue(ingest.metricsUrl, 'ingest_transport_items_total', {
        transport: 'imap',
        source: source.id,
        outcome: 'error',
      }),
    ).toBe(2);
    const health = await (await fetch(`${ingest.url}/health/ready`)).json();
    expect(health.details.transports.transports[0]).toMatchObject({
      name: `imap:${source.id}`,
      status: 'ok',
      pending: 0,
      done: MESSAGES,
      refused: 2,
    });
  });
});
