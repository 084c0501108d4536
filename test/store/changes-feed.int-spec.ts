/**
 * GET /v1/changes and its stream against the real PostgreSQL: three writers
 * commit batches concurrently while a reader follows the feed by its cursor
 * across a restart of the store's API. Every change is read exactly once, in
 * each writer's commit order, kills as tombstones; the stream resumes from
 * Last-Event-ID.
 */
import { articleIdFor } from '@news/contracts';
import { asBatch, normalisedEvent, runTag } from './support/normalised-events';
import { openStoreHarness, StoreHarness } from './support/store-harness';
import { startStoreApi, StoreApi } from './support/store-api';

interface ChangeItem {
  cursor: string;
  change: string;
  id: string;
  version: number;
  sourceId: string;
  tombstone: boolean;
  href: string | null;
}

const WRITERS = 3;
const BATCHES = 12;
const PER_BATCH = 4;

describe('changes feed (real PostgreSQL, concurrent writers, a restart)', () => {
  let h: StoreHarness;
  const tag = runTag();
  const sourceOf = (w: number) => `cf${w}-${tag}`;
  const mine = (item: ChangeItem) => item.sourceId.endsWith(`-${tag}`);

  beforeAll(async () => {
    h = await openStoreHarness();
  });

  afterAll(async () => {
    await h?.close();
  });

  /** Writer w: batch b holds version b+1 of its articles; the last batch kills them. */
  async function writer(w: number, committed: string[][]): Promise<void> {
    for (let b = 0; b < BATCHES; b++) {
      const killing = b === BATCHES - 1;
      const events = Array.from({ length: PER_BATCH }, (_, i) =>
        normalisedEvent({
          sourceId: sourceOf(w),
          externalId: `a${i}`,
          version: b + 1,
          text: `Writer ${w} article ${i} version ${b + 1} ${tag}`,
          pubStatus: killing ? 'canceled' : 'usable',
        }),
      );
      await h.service.storeBatch(asBatch(events));
      committed[w].push(...events.map((e) => `${e.article.articleId}@${e.article.version}`));
    }
  }

  async function page(api: StoreApi, since: string): Promise<{ items: ChangeItem[]; nextCursor: string }> {
    const res = await api.get(`/v1/changes?since=${since}&limit=7`);
    expect(res.status).toBe(200);
    expect(res.headers.get('link')).toContain(`since=${res.body.nextCursor}`);
    return res.body;
  }

  it('gives every change of three concurrent writers exactly once and in commit order, across a restart', async () => {
    let api = await startStoreApi(`changes-a-${tag}`);
    // Start from the feed's current end: what other tests wrote before is not ours.
    let cursor = (await api.get('/v1/changes?since=0&limit=1')).body.nextCursor as string;
    const latest = await h.db.query<{ seq: string | null }>('SELECT max(seq)::text AS seq FROM article_changes');
    cursor = latest.rows[0].seq ?? cursor;
    const committed: string[][] = Array.from({ length: WRITERS }, () => []);
    const read: ChangeItem[] = [];
    let writing = true;
    const writers = Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w, committed))).finally(
      () => (writing = false),
    );
    let restarted = false;
    // Read while they write; restart the API half-way; then read to the end.
    for (let idle = 0; writing || idle < 2;) {
      const p = await page(api, cursor);
      read.push(...p.items.filter(mine));
      expect(BigInt(p.nextCursor) >= BigInt(cursor)).toBe(true);
      cursor = p.nextCursor;
      if (!restarted && read.length >= (WRITERS * BATCHES * PER_BATCH) / 2) {
        await api.close();
        api = await startStoreApi(`changes-b-${tag}`);
        restarted = true;
      }
      if (!writing && p.items.length === 0) idle++;
    }
    await writers;
    await api.close();
    expect(restarted).toBe(true);

    const keys = read.map((i) => `${i.id}@${i.version}`);
    // Exactly once: every committed change, nothing twice, nothing else.
    const twice = read.filter((i, n) => keys.indexOf(`${i.id}@${i.version}`) !== n);
    expect(twice).toEqual([]);
    expect([...keys].sort()).toEqual(committed.flat().sort());
    // In order: cursors increase, and each writer's commits come in the order it made them.
    const cursors = read.map((i) => BigInt(i.cursor));
    expect(cursors.every((c, i) => i === 0 || c > cursors[i - 1])).toBe(true);
    for (let w = 0; w < WRITERS; w++) {
      const ofWriter = keys.filter((k) => committed[w].includes(k));
      expect(ofWriter).toEqual(committed[w]);
    }
    // Kinds: the first version created, the next ones updated, the last one a tombstone.
    const one = read.filter((i) => i.id === articleIdFor(sourceOf(0), 'a0'));
    expect(one.map((i) => i.change)).toEqual(['created', ...Array(BATCHES - 2).fill('updated'), 'killed']);
    expect(one[one.length - 1]).toMatchObject({ tombstone: true, href: null });
    expect(one[0].href).toBe(`/v1/articles/${one[0].id}`);
  });

  it('records an embargo lifting as embargo-lifted, and nothing while the article is held', async () => {
    const api = await startStoreApi(`changes-e-${tag}`);
    try {
      const start =
        (await h.db.query<{ seq: string | null }>('SELECT max(seq)::text AS seq FROM article_changes')).rows[0].seq ??
        '0';
      const event = normalisedEvent({
        sourceId: `cfe-${tag}`,
        externalId: 'held',
        version: 1,
        text: `Embargoed ${tag}`,
      });
      event.article.embargoedUntil = new Date(Date.now() + 1_500);
      await h.service.storeBatch(asBatch([event]));
      const ours = async () =>
        ((await api.get(`/v1/changes?since=${start}&limit=1000`)).body.items as ChangeItem[]).filter(
          (i) => i.id === event.article.articleId,
        );
      expect(await ours()).toEqual([]);
      await new Promise((r) => setTimeout(r, 1_600));
      const { EmbargoReleaser } = await import('../../apps/store/src/persist/embargo-releaser');
      const { AnnouncementRepository } = await import('@news/database');
      await new EmbargoReleaser(new AnnouncementRepository(h.dataSource), h.publisher, 1_000).releaseAll();
      expect((await ours()).map((i) => i.change)).toEqual(['embargo-lifted']);
    } finally {
      await api.close();
    }
  });

  it('streams changes as Server-Sent Events and resumes after Last-Event-ID', async () => {
    const api = await startStoreApi(`changes-s-${tag}`);
    try {
      const start =
        (await h.db.query<{ seq: string | null }>('SELECT max(seq)::text AS seq FROM article_changes')).rows[0].seq ??
        '0';
      const events = [0, 1, 2].map((i) =>
        normalisedEvent({ sourceId: `cfs-${tag}`, externalId: `s${i}`, version: 1, text: `Streamed ${i} ${tag}` }),
      );
      const received = await readStream(
        `${api.url}/v1/changes/stream?since=${start}`,
        {},
        async () => {
          await h.service.storeBatch(asBatch(events.slice(0, 2)));
        },
        2,
      );
      expect(received.map((r) => r.data.id)).toEqual(events.slice(0, 2).map((e) => e.article.articleId));
      await h.service.storeBatch(asBatch(events.slice(2)));
      // Reconnect as EventSource does: the first URL again, and the last id received.
      const resumed = await readStream(
        `${api.url}/v1/changes/stream?since=${start}`,
        { 'Last-Event-ID': received[1].id },
        async () => undefined,
        1,
      );
      expect(resumed.map((r) => r.data.id)).toEqual([events[2].article.articleId]);
      expect(BigInt(resumed[0].id) > BigInt(received[1].id)).toBe(true);
    } finally {
      await api.close();
    }
  });
});

/** Opens the stream, runs `act`, and collects `count` events of this run (by source), then closes. */
async function readStream(
  url: string,
  headers: Record<string, string>,
  act: () => Promise<void>,
  count: number,
): Promise<Array<{ id: string; data: ChangeItem }>> {
  const controller = new AbortController();
  const res = await fetch(url, { headers: { Accept: 'text/event-stream', ...headers }, signal: controller.signal });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  const out: Array<{ id: string; data: ChangeItem }> = [];
  let buffer = '';
  await act();
  const deadline = Date.now() + 30_000;
  while (out.length < count && Date.now() < deadline) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const id = /^id: (.*)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (id && data) {
        const item = JSON.parse(data) as ChangeItem;
        if (item.sourceId.startsWith('cfs-')) out.push({ id, data: item });
      }
    }
  }
  controller.abort();
  return out;
}
