/**
 * The feed poller against a local HTTP server whose feed changes: conditional
 * GET (ETag, Last-Modified), only new or changed items published, backoff
 * after errors, on the real Kafka.
 */
import { createServer, IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { articleIdFor, TOPICS } from '@news/contracts';
import { FeedPoller } from '../../apps/ingest/src/poller/feed-poller';
import { waitFor } from '../support/pipeline';
import { TopicTap, tapTopic } from '../support/topic-tap';
import { bearer, newSource, post, RunningIngest, startIngest } from './support/ingest-app';

interface FeedServer {
  url: string;
  requests: IncomingMessage[];
  setItems(items: Array<{ guid: string; title: string; body: string }>): void;
  failNext(times: number): void;
  close(): Promise<void>;
}

async function startFeedServer(): Promise<FeedServer> {
  let items: Array<{ guid: string; title: string; body: string }> = [];
  let revision = 0;
  let failures = 0;
  const requests: IncomingMessage[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req);
    if (failures > 0) {
      failures--;
      res.writeHead(500).end('boom');
      return;
    }
    const etag = `"rev-${revision}"`;
    const lastModified = new Date(Date.UTC(2026, 10, 27, 0, revision)).toUTCString();
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag }).end();
      return;
    }
    const xml =
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Local</title><link>http://localhost/</link><description>d</description>` +
      items.map((i) => `<item><guid isPermaLink="false">${i.guid}</guid><title>${i.title}</title><description>${i.body}</description></item>`).join('') +
      `</channel></rss>`;
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag, 'last-modified': lastModified }).end(xml);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`,
    requests,
    setItems: (next) => {
      items = next;
      revision++;
    },
    failNext: (n) => (failures = n),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe('feed poller', () => {
  let feed: FeedServer;
  let ingest: RunningIngest;
  let tap: TopicTap;
  let poller: FeedPoller;
  const source = newSource('poll');

  beforeAll(async () => {
    tap = await tapTopic(TOPICS.articlesRaw.name);
    feed = await startFeedServer();
    feed.setItems([
      { guid: 'p-1', title: 'One', body: 'First item.' },
      { guid: 'p-2', title: 'Two', body: 'Second item.' },
    ]);
    // A long interval: the poller fetches once at start-up, then the test drives it.
    ingest = await startIngest([source], { INGEST_POLL_FEEDS: JSON.stringify([{ sourceId: source.id, url: feed.url, intervalSeconds: 3600 }]) });
    poller = ingest.app.get(FeedPoller);
  });

  afterAll(async () => {
    await ingest?.stop();
    await feed?.close();
    await tap?.stop();
  });

  const events = (guid: string) => tap.byKey(articleIdFor(source.id, guid)).map((m) => JSON.parse(m.value).article as Record<string, unknown>);

  it('publishes the feed\'s items at start-up; unchanged, it asks conditionally and publishes nothing', async () => {
    await waitFor('start-up poll', async () => feed.requests.length >= 1);
    // The start-up poll raced the tap's first fetch; its receipts prove what it published.
    const ids = ['p-1', 'p-2'].map((g) => articleIdFor(source.id, g));
    const db = new Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    try {
      await waitFor('receipts of the start-up poll', async () => (await db.query('SELECT 1 FROM ingest_receipts WHERE article_id = ANY($1::uuid[])', [ids])).rowCount === 2);
    } finally {
      await db.end();
    }
    // Make sure the tap reads from here on: a pushed marker must arrive.
    const marker = await post(ingest.url, JSON.stringify({ sourceId: source.id, externalId: 'marker', body: 'm' }), { 'content-type': 'application/json', ...bearer(source) });
    expect(marker.status).toBe(202);
    await waitFor('marker', async () => events('marker').length === 1);

    const before = feed.requests.length;
    expect(await poller.pollOnce(feed.url)).toEqual({ status: 'not-modified', published: 0, duplicates: 0, rejected: 0 });
    expect(feed.requests[before].headers['if-none-match']).toBe('"rev-1"');
    expect(feed.requests[before].headers['if-modified-since']).toBe(new Date(Date.UTC(2026, 10, 27, 0, 1)).toUTCString());
    // Served again in full (new ETag, same items): nothing is published twice.
    feed.setItems([
      { guid: 'p-1', title: 'One', body: 'First item.' },
      { guid: 'p-2', title: 'Two', body: 'Second item.' },
    ]);
    expect(await poller.pollOnce(feed.url)).toEqual({ status: 'fetched', published: 0, duplicates: 2, rejected: 0 });
  });

  it('publishes only new and changed items when the feed changes', async () => {
    feed.setItems([
      { guid: 'p-3', title: 'Three', body: 'Third item.' },
      { guid: 'p-2', title: 'Two', body: 'Second item, corrected.' },
      { guid: 'p-1', title: 'One', body: 'First item.' },
    ]);
    expect(await poller.pollOnce(feed.url)).toEqual({ status: 'fetched', published: 2, duplicates: 1, rejected: 0 });
    const corrected = () => events('p-2').filter((e) => e.body === 'Second item, corrected.');
    await waitFor('new and changed items', async () => events('p-3').length === 1 && corrected().length === 1);
    expect(events('p-3')[0]).toMatchObject({ externalId: 'p-3', title: 'Three', body: 'Third item.', format: 'rss' });
    // p-1 unchanged: at most its start-up event (if the tap saw it), never a second one.
    expect(events('p-1').length).toBeLessThanOrEqual(1);
    expect(events('p-2').length).toBeLessThanOrEqual(2);
  });

  it('counts failures for backoff and recovers', async () => {
    feed.failNext(2);
    expect((await poller.pollOnce(feed.url)).status).toBe('failed');
    expect((await poller.pollOnce(feed.url)).error).toBe('HTTP 500');
    expect(poller.failuresOf(feed.url)).toBe(2);
    expect((await poller.pollOnce(feed.url)).status).toBe('not-modified');
    expect(poller.failuresOf(feed.url)).toBe(0);
  });
});
